// lagebild dashboard: plain JavaScript, no build step, no third-party code, nothing loaded from
// outside this server. The map is an SVG of gazetteer centroids; every text from the data is set
// with textContent, never as HTML.

const SVG = 'http://www.w3.org/2000/svg';
const STATUS_LABEL = { outage: 'Ausfall', degraded: 'eingeschränkt', restored: 'wiederhergestellt', operational: 'in Betrieb' };
const SEVERITY = { outage: 3, degraded: 2, restored: 1, operational: 0 };
const KIND_LABEL = {
  police: 'Polizei', prosecutor: 'Staatsanwaltschaft', city: 'Stadt', district: 'Kreis', 'federal-agency': 'Bundesbehörde',
  'state-agency': 'Landesbehörde', 'it-provider': 'IT-Dienstleister', news: 'Nachrichten', unknown: 'Quelle',
};

const $ = (id) => document.getElementById(id);
const state = { asOf: '', features: [], basemap: null, impacts: [], selected: null, view: null };

// A token passed as #token=… stays in this tab (sessionStorage) and never reaches a server log.
function token() {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (match) {
    sessionStorage.setItem('lagebild-token', decodeURIComponent(match[1]));
    history.replaceState(null, '', location.pathname + location.search);
  }
  return sessionStorage.getItem('lagebild-token');
}

async function api(path) {
  const headers = { Accept: 'application/json, application/geo+json' };
  const t = token();
  if (t) headers.Authorization = `Bearer ${t}`;
  const response = await fetch(path, { headers });
  if (!response.ok) {
    let detail = response.statusText;
    try { detail = (await response.json()).detail ?? detail; } catch { /* not JSON */ }
    throw new Error(`${response.status} ${detail}`);
  }
  return response.json();
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else node.setAttribute(k, v);
  }
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}

function svg(tag, attrs = {}) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/** Only http(s) links are rendered as links. */
function link(url, text) {
  try {
    const u = new URL(url, location.href);
    if (u.protocol === 'http:' || u.protocol === 'https:') {
      return el('a', { href: u.href, target: '_blank', rel: 'noopener noreferrer', text });
    }
  } catch { /* not a URL */ }
  return el('span', { text });
}

const badge = (status) => el('span', { class: `badge status-${status}`, text: `${STATUS_LABEL[status] ?? status}` });
/** The day of a date or date-time; "undatiert" where there is none (an undated release: never today's date). */
const day = (value) => (value ? value.slice(0, 10) : 'undatiert');

// ---- map -------------------------------------------------------------------------------------

/** Equirectangular projection around the view's mean latitude: good enough at Land scale. */
function projection(bbox, width, height, pad) {
  const [west, south, east, north] = bbox;
  const kx = Math.cos(((south + north) / 2) * Math.PI / 180);
  const w = Math.max((east - west) * kx, 1e-6);
  const h = Math.max(north - south, 1e-6);
  const scale = Math.min((width - 2 * pad) / w, (height - 2 * pad) / h);
  const offsetX = (width - w * scale) / 2;
  const offsetY = (height - h * scale) / 2;
  return ([lon, lat]) => [offsetX + (lon - west) * kx * scale, offsetY + (north - lat) * scale];
}

function viewOf(points, minSpan) {
  if (points.length === 0) return [5.8, 47.2, 15.1, 55.1]; // Germany
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of points) {
    west = Math.min(west, lon); east = Math.max(east, lon);
    south = Math.min(south, lat); north = Math.max(north, lat);
  }
  const padLon = Math.max((east - west) * 0.15, (minSpan - (east - west)) / 2, 0.05);
  const padLat = Math.max((north - south) * 0.15, (minSpan * 0.65 - (north - south)) / 2, 0.05);
  return [west - padLon, south - padLat, east + padLon, north + padLat];
}

function drawMap() {
  const width = 800;
  const height = 600;
  const located = state.features.filter((f) => f.geometry);
  const points = state.view === 'state' && state.basemap
    ? state.basemap.municipalities.map((m) => [m[2], m[3]])
    : located.map((f) => f.geometry.coordinates);
  const project = projection(viewOf(points, 0.6), width, height, 24);

  const base = $('basemap');
  base.replaceChildren();
  if (state.basemap) {
    for (const [ags, name, lon, lat] of state.basemap.municipalities) {
      const [x, y] = project([lon, lat]);
      if (x < -10 || y < -10 || x > width + 10 || y > height + 10) continue;
      const dot = svg('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: 2.4, 'data-base-ags': ags });
      dot.append(Object.assign(svg('title'), { textContent: name }));
      base.append(dot);
    }
  }

  // District names in grey give orientation without tiles; districts with reports get a marker below.
  if (state.basemap) {
    const reported = new Set(located.flatMap((f) => [f.properties.ags, f.properties.name]));
    for (const [ags, name, lon, lat] of state.basemap.districts) {
      const [x, y] = project([lon, lat]);
      if (reported.has(ags) || reported.has(name) || x < 0 || y < 0 || x > width || y > height) continue;
      const label = svg('text', { x: x.toFixed(1), y: y.toFixed(1), 'text-anchor': 'middle', 'data-base-district': ags });
      label.textContent = name;
      base.append(label);
    }
  }

  const districts = $('districts-layer');
  const municipalities = $('municipalities-layer');
  districts.replaceChildren();
  municipalities.replaceChildren();
  for (const feature of located) {
    const p = feature.properties;
    const [x, y] = project(feature.geometry.coordinates);
    const isDistrict = p.kind === 'district';
    const g = svg('g', {
      class: `marker marker--${p.kind} status-${p.status}${state.selected === p.ags ? ' selected' : ''}`,
      'data-ags': p.ags, 'data-name': p.name, 'data-status': p.status,
      tabindex: 0, role: 'button', 'aria-label': `${p.name}: ${STATUS_LABEL[p.status]}`,
      transform: `translate(${x.toFixed(1)} ${y.toFixed(1)})`,
    });
    const size = isDistrict ? 16 : 7;
    g.append(isDistrict
      ? svg('rect', { class: 'shape', x: -size, y: -size, width: 2 * size, height: 2 * size, transform: 'rotate(45)' })
      : svg('circle', { class: 'shape', r: size }));
    const label = svg('text', { x: isDistrict ? 0 : size + 3, y: isDistrict ? size + 16 : 4, 'text-anchor': isDistrict ? 'middle' : 'start' });
    label.textContent = p.name;
    g.append(label);
    g.append(Object.assign(svg('title'), { textContent: `${p.name} – ${STATUS_LABEL[p.status]}` }));
    g.addEventListener('click', () => selectPlace(p.ags));
    g.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); selectPlace(p.ags); }
    });
    (isDistrict ? districts : municipalities).append(g);
  }
}

// ---- place details ---------------------------------------------------------------------------

async function selectPlace(ags) {
  state.selected = ags;
  for (const m of document.querySelectorAll('.marker')) m.classList.toggle('selected', m.dataset.ags === ags);
  const feature = state.features.find((f) => f.properties.ags === ags);
  const panel = $('place-panel');
  panel.hidden = false;
  panel.dataset.ags = ags;
  const p = feature?.properties;
  $('place-title').textContent = p ? p.name : ags;
  $('place-meta').textContent = p
    ? `${p.kind === 'district' ? 'Kreis' : 'Gemeinde'} · AGS ${p.ags}${p.districtName ? ` · ${p.districtName}` : ''} · Stand ${state.asOf}`
    : `AGS ${ags}`;

  const body = $('place-status').querySelector('tbody');
  body.replaceChildren();
  for (const s of p?.services ?? []) {
    body.append(el('tr', { 'data-service': s.service },
      el('td', { text: s.service }),
      el('td', {}, badge(s.status)),
      el('td', { text: day(s.since) }),
      el('td', {}, el('blockquote', { class: 'evidence', text: s.evidence }), link(s.url, s.sourceId))));
  }

  const list = $('place-impacts');
  list.replaceChildren(el('li', { class: 'meta', text: 'Lade …' }));
  try {
    const page = await api(`/impacts?place=${encodeURIComponent(ags)}&limit=200&to=${state.asOf}`);
    if (state.selected !== ags) return;
    list.replaceChildren(...page.items.map((i) => el('li', { class: 'impact', 'data-service': i.service, 'data-status': i.status },
      el('strong', { text: `${day(i.asOf)} · ${i.service} ` }), badge(i.status),
      el('blockquote', { class: 'evidence', text: i.span.text }),
      el('span', { class: 'meta', text: `${i.sourceId} · ` }), link(i.url, i.title))));
    if (page.items.length === 0) list.replaceChildren(el('li', { class: 'meta', text: 'Keine Meldungen.' }));
  } catch (error) {
    list.replaceChildren(el('li', { class: 'meta', text: `Fehler: ${error.message}` }));
  }
}

// ---- incidents -------------------------------------------------------------------------------

async function loadIncidents() {
  const list = $('incidents');
  try {
    const page = await api(`/incidents?limit=100&to=${state.asOf}`);
    list.replaceChildren(...page.items.map((i) => {
      const button = el('button', { type: 'button', 'data-incident': i.id, 'aria-pressed': 'false' },
        el('strong', { text: i.title }), el('br'),
        el('span', { class: 'meta', text: `${i.firstSeen} – ${i.lastSeen} · ${i.documentCount} Meldungen · ${i.providers.map((p) => p.name).join(', ') || i.municipalities.map((m) => m.name).join(', ')}` }));
      button.addEventListener('click', () => showIncident(i.id));
      return el('li', {}, button);
    }));
    if (page.items.length === 0) list.replaceChildren(el('li', { class: 'meta', text: 'Keine Vorfälle.' }));
  } catch (error) {
    list.replaceChildren(el('li', { class: 'meta', text: `Fehler: ${error.message}` }));
  }
}

async function showIncident(id) {
  for (const b of document.querySelectorAll('[data-incident]')) b.setAttribute('aria-pressed', String(b.dataset.incident === id));
  const incident = await api(`/incidents/${encodeURIComponent(id)}`);
  $('incident-detail').hidden = false;
  $('incident-title').textContent = incident.title;
  $('incident-meta').textContent = `${incident.id} · ${incident.firstSeen} – ${incident.lastSeen} · Quellen: ${incident.sourceKinds.map((k) => KIND_LABEL[k] ?? k).join(', ')}`;
  $('timeline').replaceChildren(...incident.timeline.map((t) => el('li', { 'data-document': t.documentId },
    t.publishedAt
      ? el('time', { datetime: t.publishedAt, text: `${t.date} ` })
      : el('time', { datetime: t.date, title: 'undatiert: ohne Veröffentlichungsdatum, Tag aus dem Text', text: `${t.date} (undatiert) ` }),
    el('span', { class: 'badge kind', text: KIND_LABEL[t.sourceKind] ?? t.sourceKind }), ' ',
    link(t.url, t.title),
    t.impacts.length ? el('ul', {}, ...t.impacts.map((i) => el('li', {},
      el('span', { text: `${i.place?.name ?? '?'}: ${i.service} ` }), badge(i.status),
      el('blockquote', { class: 'evidence', text: i.evidence })))) : null)));
}

// ---- impacts table ---------------------------------------------------------------------------

function renderTable() {
  const service = $('filter-service').value;
  const status = $('filter-status').value;
  const place = $('filter-place').value.trim().toLocaleLowerCase('de');
  const text = $('filter-text').value.trim().toLocaleLowerCase('de');
  const rows = state.impacts.filter((i) => (!service || i.service === service) && (!status || i.status === status)
    && (!place || (i.place?.name ?? '').toLocaleLowerCase('de').includes(place) || (i.place?.ags ?? '') === place)
    && (!text || i.span.text.toLocaleLowerCase('de').includes(text)));
  $('impacts-table').querySelector('tbody').replaceChildren(...rows.map((i) => el('tr', { 'data-ags': i.place?.ags ?? '' },
    el('td', { text: day(i.asOf) }),
    el('td', { text: i.place?.name ?? '?' }),
    el('td', { text: i.service }),
    el('td', {}, badge(i.status)),
    el('td', {}, el('blockquote', { class: 'evidence', text: i.span.text })),
    el('td', {}, link(i.url, i.sourceId)))));
  $('table-count').textContent = `${rows.length} von ${state.impacts.length} Meldungen`;
}

function fillSelect(select, values) {
  const current = select.value;
  select.replaceChildren(el('option', { value: '', text: 'alle' }), ...values.map((v) => el('option', { value: v, text: v })));
  select.value = values.includes(current) ? current : '';
}

// ---- loading ---------------------------------------------------------------------------------

async function load() {
  $('summary').textContent = 'Lade …';
  try {
    const geo = await api(`/status?asOf=${state.asOf}&format=geojson`);
    state.features = geo.features.sort((a, b) => SEVERITY[a.properties.status] - SEVERITY[b.properties.status]);
    const states = [...new Set(state.features.map((f) => f.properties.state).filter(Boolean))];
    state.basemap = states.length ? await api(`/basemap?state=${states.join(',')}`) : null;
    drawMap();
    const affected = state.features.filter((f) => f.properties.status !== 'operational').length;
    $('summary').textContent = `Stand ${state.asOf}: ${state.features.length} Orte mit Meldungen, davon ${affected} beeinträchtigt`;
    document.body.dataset.ready = 'map';
    const impacts = await api(`/impacts?to=${state.asOf}&limit=1000`);
    state.impacts = impacts.items;
    fillSelect($('filter-service'), [...new Set(state.impacts.map((i) => i.service))].sort());
    fillSelect($('filter-status'), Object.keys(STATUS_LABEL).filter((s) => state.impacts.some((i) => i.status === s)));
    renderTable();
    await loadIncidents();
    if (state.selected) await selectPlace(state.selected);
    document.body.dataset.ready = 'all';
  } catch (error) {
    $('summary').textContent = `Fehler beim Laden: ${error.message}`;
    document.body.dataset.ready = 'error';
  }
}

function todayInBerlin() {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  return parts;
}

function init() {
  token();
  const requested = new URLSearchParams(location.search).get('asOf');
  state.asOf = requested && /^\d{4}-\d{2}-\d{2}$/.test(requested) ? requested : todayInBerlin();
  $('as-of').value = state.asOf;
  $('controls').addEventListener('submit', (event) => event.preventDefault());
  $('as-of').addEventListener('change', () => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test($('as-of').value)) return;
    state.asOf = $('as-of').value;
    const url = new URL(location.href);
    url.searchParams.set('asOf', state.asOf);
    history.replaceState(null, '', url);
    void load();
  });
  $('fit').addEventListener('click', () => {
    state.view = state.view === 'state' ? null : 'state';
    $('fit').textContent = state.view === 'state' ? 'Auf Meldungen zoomen' : 'Ganzes Land';
    drawMap();
  });
  $('filters').addEventListener('input', renderTable);
  $('filters').addEventListener('submit', (event) => event.preventDefault());
  void load();
}

init();
