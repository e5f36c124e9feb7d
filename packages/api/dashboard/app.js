// lagebild dashboard: plain JavaScript, no build step, no third-party code, nothing loaded from
// outside this server. The map is an SVG choropleth of district and municipality shapes
// (/shapes/districts on first paint, /shapes/municipalities?district=AGS on zoom) drawn with a
// hand-written projection; timelines are SVG as well. Every text from the data is set with
// textContent, never as HTML.

const SVG = 'http://www.w3.org/2000/svg';

/**
 * The status scale, worst first. The colours themselves are defined once, as CSS custom properties
 * (--status-*) in style.css; map shapes, legend swatches, timeline bands and badges all use the
 * classes fill-<key> / status-<key>, so the legend cannot disagree with the map.
 */
const SCALE = [
  { key: 'outage', label: 'Ausfall' },
  { key: 'degraded', label: 'eingeschränkt' },
  { key: 'restored', label: 'wiederhergestellt' },
  { key: 'operational', label: 'in Betrieb' },
  { key: 'none', label: 'keine Meldung', vocab: 'no data' },
];
const STATUS_LABEL = Object.fromEntries(SCALE.map((s) => [s.key, s.label]));
const SEVERITY = { outage: 3, degraded: 2, restored: 1, operational: 0, none: -1 };
/** "Ausfall (outage)": the German label with the vocabulary key beside it. */
const statusText = (status) => {
  const s = SCALE.find((x) => x.key === status);
  return s ? `${s.label} (${s.vocab ?? s.key})` : status;
};

const SERVICE_LABEL = {
  administration: 'Verwaltung', website: 'Internetseite', email: 'E-Mail', phone: 'Telefon',
  'online-services': 'Online-Dienste', appointments: 'Terminvergabe', 'citizens-office': 'Bürgerbüro',
  'civil-registry': 'Standesamt', weddings: 'Trauungen', 'registration-office': 'Meldeamt',
  'id-documents': 'Ausweise', 'vehicle-registration': 'Kfz-Zulassung', 'drivers-licence': 'Führerscheinstelle',
  'foreigners-office': 'Ausländerbehörde', 'social-benefits': 'Sozialleistungen', 'building-authority': 'Bauaufsicht',
  'business-registration': 'Gewerbeamt', 'council-information': 'Ratsinformation', payments: 'Zahlungen',
  library: 'Bibliothek', schools: 'Schulen', 'emergency-services': 'Notruf/Rettung', 'it-systems': 'IT-Fachverfahren',
};
const serviceText = (service) => `${SERVICE_LABEL[service] ?? service} (${service})`;

const KIND_LABEL = {
  police: 'Polizei', prosecutor: 'Staatsanwaltschaft', city: 'Stadt', district: 'Kreis', 'federal-agency': 'Bundesbehörde',
  'state-agency': 'Landesbehörde', 'it-provider': 'IT-Dienstleister', news: 'Nachrichten', unknown: 'Quelle',
};

const $ = (id) => document.getElementById(id);
const state = {
  asOf: '',
  /** Places with reports, by AGS: properties of the /status GeoJSON features. */
  places: new Map(),
  districtShapes: null,
  /** Municipality shapes per district AGS, fetched on first zoom. */
  municipalityShapes: new Map(),
  /** AGS of the district zoomed into, or null for the overview. */
  zoomed: null,
  /** 'reports' (the Länder with reports) or 'germany'. */
  extent: 'reports',
  selected: null,
  impacts: [],
  transform: { k: 1, x: 0, y: 0 },
  size: { width: 800, height: 600 },
};

// ---- plumbing --------------------------------------------------------------------------------

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

function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
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

const badge = (status) => el('span', { class: `badge status-${status}`, text: STATUS_LABEL[status] ?? status });
/** A badge with the vocabulary key beside it: "Ausfall (outage)". */
const keyedBadge = (status) => el('span', { class: 'keyed' }, badge(status), el('span', { class: 'key', text: ` (${status === 'none' ? 'no data' : status})` }));
/** The day of a date or date-time; "undatiert" where there is none (an undated release: never today's date). */
const day = (value) => (value ? value.slice(0, 10) : 'undatiert');
const DAY_MS = 86_400_000;
const dayNumber = (d) => Math.round(Date.parse(`${d.slice(0, 10)}T00:00:00Z`) / DAY_MS);
const dayString = (n) => new Date(n * DAY_MS).toISOString().slice(0, 10);
/** 2023-11-06 → 06.11.2023 */
const germanDate = (d) => (d && /^\d{4}-\d{2}-\d{2}/.test(d) ? `${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(0, 4)}` : 'undatiert');
const shortDate = (d) => `${d.slice(8, 10)}.${d.slice(5, 7)}.`;
/** Appends to the list under `key` in a Map of lists. */
const push = (map, key, value) => { const list = map.get(key); if (list) list.push(value); else map.set(key, [value]); };
const worstOf = (statuses) => statuses.reduce((w, s) => (SEVERITY[s] > SEVERITY[w] ? s : w), 'none');

// ---- tooltip ---------------------------------------------------------------------------------

const tooltip = {
  show(target, lines) {
    const tip = $('tooltip');
    tip.replaceChildren(...lines.map((line, i) => el(i === 0 ? 'strong' : 'p', { text: line })));
    tip.hidden = false;
    const box = target.getBoundingClientRect();
    const width = tip.offsetWidth;
    const left = Math.min(Math.max(8, box.left + box.width / 2 - width / 2), window.innerWidth - width - 8);
    const below = box.bottom + 8 + tip.offsetHeight < window.innerHeight;
    tip.style.left = `${left}px`;
    tip.style.top = `${below ? box.bottom + 8 : box.top - tip.offsetHeight - 8}px`;
  },
  hide() { $('tooltip').hidden = true; },
};

/** Hover, focus, click and Enter/Space on one SVG control. */
function interactive(node, { label, tip, activate }) {
  node.setAttribute('tabindex', '0');
  node.setAttribute('role', 'button');
  node.setAttribute('aria-label', label);
  node.addEventListener('mouseenter', () => tooltip.show(node, tip()));
  node.addEventListener('mouseleave', () => tooltip.hide());
  node.addEventListener('focus', () => tooltip.show(node, tip()));
  node.addEventListener('blur', () => tooltip.hide());
  node.addEventListener('click', (event) => { event.stopPropagation(); tooltip.hide(); activate({ keyboard: false }); });
  node.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); tooltip.hide(); activate({ keyboard: true }); }
  });
}

// ---- projection and shapes -------------------------------------------------------------------

/**
 * Equirectangular projection with the longitude scaled by cos(51°), the middle of Germany: at
 * district and Land scale its distortion is below what a reader sees. World units are 1/100°.
 */
const KX = Math.cos((51 * Math.PI) / 180);
const project = ([lon, lat]) => [lon * KX * 100, -lat * 100];

function polygonsOf(geometry) {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

/** SVG path, bounding box and a label point (the centroid of the largest ring) of a feature. */
function prepareShape(feature) {
  let d = '';
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  let best = { area: 0, x: 0, y: 0 };
  for (const polygon of polygonsOf(feature.geometry)) {
    polygon.forEach((ring, r) => {
      let area = 0; let cx = 0; let cy = 0; let prev = null;
      ring.forEach((position, i) => {
        const [x, y] = project(position);
        d += `${i === 0 ? 'M' : 'L'}${x.toFixed(2)} ${y.toFixed(2)}`;
        if (x < x0) x0 = x; if (x > x1) x1 = x; if (y < y0) y0 = y; if (y > y1) y1 = y;
        if (prev) {
          const cross = prev[0] * y - x * prev[1];
          area += cross; cx += (prev[0] + x) * cross; cy += (prev[1] + y) * cross;
        }
        prev = [x, y];
      });
      d += 'Z';
      if (r === 0 && Math.abs(area) > best.area) best = { area: Math.abs(area), x: cx / (3 * area), y: cy / (3 * area) };
    });
  }
  const label = best.area > 0 ? [best.x, best.y] : [(x0 + x1) / 2, (y0 + y1) / 2];
  return { feature, d, bbox: [x0, y0, x1, y1], label };
}

function unionBox(boxes) {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const b of boxes) { x0 = Math.min(x0, b[0]); y0 = Math.min(y0, b[1]); x1 = Math.max(x1, b[2]); y1 = Math.max(y1, b[3]); }
  return Number.isFinite(x0) ? [x0, y0, x1, y1] : null;
}

function fitTransform(box, pad = 28) {
  const { width, height } = state.size;
  const w = Math.max(box[2] - box[0], 1e-6);
  const h = Math.max(box[3] - box[1], 1e-6);
  const k = Math.min((width - 2 * pad) / w, (height - 2 * pad) / h);
  return { k, x: (width - w * k) / 2 - box[0] * k, y: (height - h * k) / 2 - box[1] * k };
}

const toScreen = ([x, y]) => [x * state.transform.k + state.transform.x, y * state.transform.k + state.transform.y];

function applyTransform(t) {
  state.transform = t;
  $('world').setAttribute('transform', `translate(${t.x.toFixed(2)} ${t.y.toFixed(2)}) scale(${t.k.toFixed(5)})`);
}

/** Moves the view to `target` (animated unless the reader prefers less motion), then places labels. */
function animateTo(target) {
  return new Promise((resolve) => {
    const from = state.transform;
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    $('labels-layer').replaceChildren();
    if (reduced || from.k === 0 || !state.animated) {
      state.animated = true;
      applyTransform(target);
      drawLabels();
      resolve();
      return;
    }
    const start = performance.now();
    const duration = 280;
    // Interpolate the view box rather than the raw transform, so the zoom feels straight.
    const step = (now) => {
      const t = Math.min(1, (now - start) / duration);
      const e = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
      const k = from.k * (target.k / from.k) ** e;
      const cx = (state.size.width / 2 - from.x) / from.k;
      const cy = (state.size.height / 2 - from.y) / from.k;
      const tx = (state.size.width / 2 - target.x) / target.k;
      const ty = (state.size.height / 2 - target.y) / target.k;
      const mx = cx + (tx - cx) * e;
      const my = cy + (ty - cy) * e;
      applyTransform({ k, x: state.size.width / 2 - mx * k, y: state.size.height / 2 - my * k });
      if (t < 1) requestAnimationFrame(step);
      else { applyTransform(target); drawLabels(); resolve(); }
    };
    requestAnimationFrame(step);
  });
}

// ---- statuses on the map ---------------------------------------------------------------------

/** The places with reports per district AGS: the district itself and its municipalities. */
function indexPlaces() {
  state.byDistrict = new Map();
  for (const p of state.places.values()) {
    const district = p.kind === 'municipality' ? (p.districtAgs ?? p.ags.slice(0, 5)) : p.ags;
    push(state.byDistrict, district, p);
  }
}

const placesInDistrict = (ags) => state.byDistrict?.get(ags) ?? [];
/** Worst current status of a district: its own statements and those of its municipalities. */
const districtStatus = (ags) => worstOf(placesInDistrict(ags).map((p) => p.status));
const placeStatus = (ags) => state.places.get(ags)?.status ?? 'none';

function drawLegend() {
  const counts = Object.fromEntries(SCALE.map((s) => [s.key, 0]));
  for (const p of state.places.values()) counts[p.status] = (counts[p.status] ?? 0) + 1;
  $('legend').replaceChildren(...SCALE.map((s) => {
    const swatch = svg('svg', { class: 'swatch', width: 18, height: 14, viewBox: '0 0 18 14', 'aria-hidden': 'true' });
    swatch.append(svg('rect', { x: 0.5, y: 0.5, width: 17, height: 13, rx: 2, class: `fill-${s.key}` }));
    const count = s.key === 'none' ? null : el('span', { class: 'count', text: String(counts[s.key]), 'aria-label': `${counts[s.key]} ${counts[s.key] === 1 ? 'Ort' : 'Orte'}` });
    return el('li', { 'data-status': s.key }, swatch, el('span', { text: s.label }), ' ',
      el('span', { class: 'key', text: `(${s.vocab ?? s.key})` }), count ? ' ' : null, count);
  }));
}

function shapeNode(shape, props, status, options) {
  const g = svg('g', {
    class: `area area--${props.kind} fill-${status}${options.context ? ' context' : ''}`,
    'data-ags': props.ags, 'data-name': options.name, 'data-status': status,
  });
  g.append(svg('path', { class: 'shape', d: shape.d }));
  if (options.interactive) {
    interactive(g, { label: options.label, tip: () => options.tip, activate: options.activate });
    if (options.tabbable === false) g.setAttribute('tabindex', '-1');
  } else {
    g.setAttribute('aria-hidden', 'true');
  }
  return g;
}

function districtName(props) {
  const place = state.places.get(props.ags);
  if (place) return place.name;
  return props.bez && props.bez.startsWith('Kreis') && !props.bez.startsWith('Kreisfreie') ? `Kreis ${props.name}` : props.name;
}

function drawDistricts() {
  const layer = $('districts-layer');
  layer.replaceChildren();
  if (!state.districtShapes) return;
  const lands = reportedLands();
  // Districts without reports first and out of the tab order; those with reports after, by name,
  // so that Tab walks them alphabetically and their borders are drawn on top.
  const shapes = [...state.districtShapes].sort((a, b) => {
    const sa = districtStatus(a.feature.properties.ags) === 'none' ? 0 : 1;
    const sb = districtStatus(b.feature.properties.ags) === 'none' ? 0 : 1;
    return sa - sb || districtName(a.feature.properties).localeCompare(districtName(b.feature.properties), 'de');
  });
  for (const shape of shapes) {
    const props = shape.feature.properties;
    const status = districtStatus(props.ags);
    const name = districtName(props);
    const reported = placesInDistrict(props.ags);
    const context = state.zoomed !== null ? state.zoomed !== props.ags : !lands.has(props.ags.slice(0, 2));
    const summary = reported.length
      ? `${reported.length} ${reported.length === 1 ? 'Ort' : 'Orte'} mit Meldungen`
      : 'keine Meldungen';
    const node = shapeNode(shape, { ...props, kind: 'district' }, status, {
      name, context, interactive: true,
      tabbable: status !== 'none' && state.zoomed === null,
      label: `${name}, ${props.bez ?? 'Kreis'}: ${statusText(status)}, ${summary}. Eingabe zoomt auf den Kreis.`,
      tip: [`${name}`, `${statusText(status)} · ${summary}`],
      activate: ({ keyboard }) => { void selectPlace(props.ags, { focusMap: keyboard }); },
    });
    if (state.zoomed === props.ags) node.classList.add('zoomed');
    // Districts without reports stay clickable but out of the tab order and of the accessibility
    // tree: a screen reader meets the few districts that have something to say, not 400 buttons.
    if (status === 'none' || state.zoomed !== null) node.setAttribute('aria-hidden', 'true');
    layer.append(node);
  }
}

function drawMunicipalities() {
  const layer = $('municipalities-layer');
  layer.replaceChildren();
  const shapes = state.zoomed ? state.municipalityShapes.get(state.zoomed) : null;
  if (!shapes) return;
  const sorted = [...shapes].sort((a, b) => a.feature.properties.name.localeCompare(b.feature.properties.name, 'de'));
  for (const shape of sorted) {
    const props = shape.feature.properties;
    const status = placeStatus(props.ags);
    const place = state.places.get(props.ags);
    const name = place?.name ?? props.name;
    const services = place?.services ?? [];
    const worst = services.filter((s) => s.status === status).map((s) => SERVICE_LABEL[s.service] ?? s.service);
    const detail = services.length ? `${services.length} ${services.length === 1 ? 'Dienst' : 'Dienste'} gemeldet${worst.length && status !== 'operational' ? `, ${STATUS_LABEL[status]}: ${worst.join(', ')}` : ''}` : 'keine Meldungen';
    layer.append(shapeNode(shape, { ...props, kind: 'municipality' }, status, {
      name, interactive: true,
      label: `${name}, ${props.bez ?? 'Gemeinde'}: ${statusText(status)}, ${detail}.`,
      tip: [name, `${statusText(status)} · ${detail}`],
      activate: () => { void selectPlace(props.ags); },
    }));
  }
}

function drawHighlight() {
  const layer = $('highlight-layer');
  layer.replaceChildren();
  // Only the selected municipality is outlined: the district's own outline is simplified apart from
  // its municipalities' and would not quite meet their edges.
  const shapes = [];
  if (state.selected && state.selected.length === 8) {
    shapes.push({ shape: state.municipalityShapes.get(state.zoomed)?.find((s) => s.feature.properties.ags === state.selected), cls: 'outline-selected' });
  }
  for (const { shape, cls } of shapes) if (shape) layer.append(svg('path', { class: cls, d: shape.d }));
}

/**
 * Labels in screen space, so they keep their size at every zoom; placed in order of importance and
 * left out where they would overlap one placed before.
 */
function drawLabels() {
  const layer = $('labels-layer');
  layer.replaceChildren();
  const items = [];
  if (state.zoomed) {
    for (const shape of state.municipalityShapes.get(state.zoomed) ?? []) {
      const p = shape.feature.properties;
      const status = placeStatus(p.ags);
      items.push({ shape, text: state.places.get(p.ags)?.name ?? p.name, rank: SEVERITY[status] + 3, cls: status !== 'none' ? 'label strong' : 'label' });
    }
  }
  // Districts: those with reports stand out; the others, in grey, give orientation where there is room.
  const k = state.transform.k;
  for (const shape of state.districtShapes ?? []) {
    const p = shape.feature.properties;
    if (p.ags === state.zoomed) continue;
    const status = districtStatus(p.ags);
    const screenWidth = (shape.bbox[2] - shape.bbox[0]) * k;
    if (status === 'none' && (screenWidth < 60 || state.extent === 'germany')) continue;
    items.push({
      shape, text: districtName(p), rank: status === 'none' || state.zoomed ? 0 : SEVERITY[status] + 3,
      // A grey label only where it fits inside its district; those with reports are always named.
      maxWidth: status === 'none' || state.zoomed ? screenWidth * 0.9 : Infinity,
      cls: state.zoomed ? 'label context' : status === 'none' ? 'label' : 'label strong',
    });
  }
  items.sort((a, b) => b.rank - a.rank || a.text.localeCompare(b.text, 'de'));
  const placed = [];
  const { width, height } = state.size;
  for (const item of items) {
    const [x, y] = toScreen(item.shape.label);
    if (x < 0 || y < 0 || x > width || y > height) continue;
    for (const dy of [0, -14, 14, -26, 26]) {
      const text = svg('text', { x: x.toFixed(1), y: (y + dy + 4).toFixed(1), 'text-anchor': 'middle', class: item.cls }, item.text);
      layer.append(text);
      const b = text.getBBox();
      if (b.width > (item.maxWidth ?? Infinity)) { text.remove(); break; }
      const box = [b.x - 2, b.y - 1, b.x + b.width + 2, b.y + b.height + 1];
      const inside = box[0] >= 2 && box[2] <= width - 2 && box[1] >= 2 && box[3] <= height - 2;
      if (inside && !placed.some((p) => box[0] < p[2] && box[2] > p[0] && box[1] < p[3] && box[3] > p[1])) {
        placed.push(box);
        break;
      }
      text.remove();
    }
  }
}

function mapMessage(text) {
  $('map-message').hidden = !text;
  $('map-message').textContent = text ?? '';
}

/** AGS prefixes of the Länder with reports. */
const reportedLands = () => new Set([...state.places.values()].map((p) => p.ags.slice(0, 2)));

/** The overview extent: the districts of every Land with reports (the whole country without any). */
function overviewBox() {
  if (!state.districtShapes) return null;
  if (state.extent === 'germany') return unionBox(state.districtShapes.map((s) => s.bbox));
  const lands = reportedLands();
  const shapes = state.districtShapes.filter((s) => lands.has(s.feature.properties.ags.slice(0, 2)));
  return unionBox((shapes.length ? shapes : state.districtShapes).map((s) => s.bbox));
}

function drawMap() {
  drawDistricts();
  drawMunicipalities();
  drawHighlight();
  drawLabels();
  const district = state.zoomed ? state.districtShapes?.find((s) => s.feature.properties.ags === state.zoomed) : null;
  $('overview').disabled = state.zoomed === null;
  $('crumb-district').hidden = !district;
  $('crumb-district').textContent = district ? `› ${districtName(district.feature.properties)}` : '';
  $('fit').hidden = state.zoomed !== null;
  // Statements about the district itself have no municipality to colour: the caption names them.
  const own = state.zoomed ? state.places.get(state.zoomed) : undefined;
  $('map-caption').hidden = !own;
  if (own) {
    $('map-caption').replaceChildren(el('span', { text: `${own.name} selbst (Kreisverwaltung): ` }), badge(own.status),
      el('span', { class: 'key', text: ` (${own.status}) · ${own.services.length} ${own.services.length === 1 ? 'Dienst' : 'Dienste'}` }));
  }
  $('map').dataset.view = state.zoomed ?? 'overview';
}

function measure() {
  const box = $('map').getBoundingClientRect();
  state.size = { width: Math.max(320, Math.round(box.width)), height: Math.max(300, Math.round(box.height)) };
  $('map').setAttribute('viewBox', `0 0 ${state.size.width} ${state.size.height}`);
}

function currentBox() {
  if (state.zoomed) {
    const shapes = state.municipalityShapes.get(state.zoomed);
    const district = state.districtShapes?.find((s) => s.feature.properties.ags === state.zoomed);
    return shapes?.length ? unionBox(shapes.map((s) => s.bbox)) : district?.bbox ?? null;
  }
  return overviewBox();
}

async function zoomTo(ags) {
  state.zoomed = ags;
  if (ags && !state.municipalityShapes.has(ags)) {
    try {
      const geo = await api(`/shapes/municipalities?district=${encodeURIComponent(ags)}`);
      state.municipalityShapes.set(ags, geo.features.filter((f) => f.geometry).map(prepareShape));
    } catch (error) {
      state.municipalityShapes.set(ags, []);
      mapMessage(`Gemeindeflächen nicht verfügbar: ${error.message}`);
    }
    if (state.zoomed !== ags) return;
  }
  drawMap();
  const box = currentBox();
  if (box) await animateTo(fitTransform(box));
  $('map').dataset.ready = state.zoomed ?? 'overview';
}

async function zoomOut() {
  state.selected = null;
  await zoomTo(null);
  closePanel();
}

// ---- timelines -------------------------------------------------------------------------------

/** Statements in the order the status computation reads them: asOf day, publication, position. */
function compareStatements(a, b) {
  return a.asOf.localeCompare(b.asOf) || (a.publishedAt ?? '').localeCompare(b.publishedAt ?? '')
    || a.documentId.localeCompare(b.documentId) || a.position - b.position;
}

/**
 * Status bands of one place and service: each statement holds from its day (its `since` when it
 * names an earlier one) until the next statement that changes it; the last band ends with `endDay`.
 * Statements that repeat the status extend its band and are kept as further evidence.
 */
function bandsOf(statements, endDay) {
  const bands = [];
  for (const s of [...statements].sort(compareStatements)) {
    const last = bands.at(-1);
    let start = dayNumber(s.since && s.since < s.asOf ? s.since : s.asOf);
    if (last) start = Math.max(start, last.start);
    if (last && last.status === s.status) { last.evidence.push(s); continue; }
    if (last) {
      last.end = start;
      if (last.end <= last.start) {
        // Superseded on its own day: the later word counts; the earlier one stays as evidence.
        bands.pop();
        const prev = bands.at(-1);
        if (prev && prev.status === s.status) { prev.evidence.push(...last.evidence, s); continue; }
        bands.push({ start, end: null, status: s.status, evidence: [...last.evidence, s], change: s });
        continue;
      }
    }
    bands.push({ start, end: null, status: s.status, evidence: [s], change: s });
  }
  if (bands.length) bands.at(-1).end = Math.max(endDay + 1, bands.at(-1).start + 1);
  return bands;
}

/** Bands of a place's worst status over all its services, from the bands of each service. */
function worstBandsOf(statements, endDay) {
  const perService = new Map();
  for (const s of statements) push(perService, s.service, s);
  const serviceBands = [...perService.values()].map((list) => bandsOf(list, endDay));
  const points = [...new Set(serviceBands.flat().map((b) => b.start))].sort((a, b) => a - b);
  const bands = [];
  for (const point of points) {
    const current = serviceBands.map((list) => list.find((b) => b.start <= point && b.end > point)).filter(Boolean);
    const status = worstOf(current.map((b) => b.status));
    // The evidence of a band: the statements that put or keep the place at its status.
    const changed = serviceBands.flat().filter((b) => b.start === point).flatMap((b) => b.evidence);
    const matching = changed.filter((s) => s.status === status);
    const evidence = matching.length ? matching : changed;
    const last = bands.at(-1);
    if (last && last.status === status) { last.evidence.push(...matching); continue; }
    if (last) last.end = point;
    bands.push({ start: point, end: null, status, evidence, change: evidence[0] });
  }
  if (bands.length) bands.at(-1).end = serviceBands.flat().reduce((m, b) => Math.max(m, b.end), points.at(-1) + 1);
  return bands;
}

function niceStep(days, room) {
  for (const step of [1, 2, 7, 14, 28, 91, 182, 365]) if (days / step <= room) return step;
  return 365;
}

/**
 * A timeline chart: one row per entry of `rows` ({ label, sublabel, bands, place?, service? }),
 * bands coloured by status. Each band is a button: hover or focus shows the evidence of the change
 * in a tooltip, click or Enter writes it (sentence, source link) into `evidenceBox`.
 */
function renderChart(container, evidenceBox, { rows, from, to, asOf, title, ticks }) {
  container.replaceChildren();
  evidenceBox.hidden = true;
  evidenceBox.replaceChildren();
  if (rows.length === 0) {
    container.append(el('p', { class: 'meta', text: 'Keine datierten Meldungen bis zum Stand.' }));
    return;
  }
  const width = Math.max(360, container.clientWidth || 600);
  const labelWidth = Math.round(Math.min(168, width * 0.3));
  const rowHeight = 30;
  const gap = 6;
  const top = ticks ? 46 : 26;
  const right = 14;
  const height = top + rows.length * (rowHeight + gap) + 4;
  const span = Math.max(1, to - from);
  const x = (d) => labelWidth + ((d - from) / span) * (width - labelWidth - right);
  const chart = svg('svg', { class: 'timeline-chart', width, height, viewBox: `0 0 ${width} ${height}`, role: 'group', 'aria-label': title });

  // Axis: day ticks with German short dates, a grid line per tick.
  const axis = svg('g', { class: 'axis', 'aria-hidden': 'true' });
  const step = niceStep(span, (width - labelWidth) / 64);
  let first = from;
  if (step === 7 || step === 14) while (new Date(first * DAY_MS).getUTCDay() !== 1) first++;
  for (let d = first; d <= to; d += step) {
    const px = x(d);
    axis.append(svg('line', { x1: px, x2: px, y1: 16, y2: height - 2, class: 'gridline' }));
    const label = step >= 28 ? new Date(d * DAY_MS).toLocaleDateString('de-DE', { month: 'short', year: '2-digit', timeZone: 'UTC' }) : shortDate(dayString(d));
    if (px + 20 < width) axis.append(svg('text', { x: px, y: 11, 'text-anchor': 'middle' }, label));
  }
  if (asOf !== undefined && asOf + 1 <= to) {
    axis.append(svg('rect', { x: x(asOf + 1), y: 16, width: Math.max(0, x(to) - x(asOf + 1)), height: height - 18, class: 'after' }));
  }
  if (asOf !== undefined) {
    const px = x(Math.min(asOf + 1, to));
    axis.append(svg('line', { x1: px, x2: px, y1: 14, y2: height - 2, class: 'asof' }));
  }
  chart.append(axis);

  if (ticks) {
    const g = svg('g', { class: 'ticks', 'aria-hidden': 'true' });
    g.append(svg('text', { x: 4, y: top - 10, class: 'row-label' }, 'Meldungen'));
    for (const t of ticks) {
      const px = x(t.day + 0.5);
      const mark = svg('circle', { cx: px.toFixed(1), cy: top - 14, r: 4, class: `tick kind-${t.kind}` });
      mark.addEventListener('mouseenter', () => tooltip.show(mark, [`${germanDate(t.date)} · ${KIND_LABEL[t.kind] ?? t.kind}`, t.title]));
      mark.addEventListener('mouseleave', () => tooltip.hide());
      g.append(mark);
    }
    chart.append(g);
  }

  rows.forEach((row, i) => {
    const y = top + i * (rowHeight + gap);
    const g = svg('g', { class: 'row', 'data-row': row.key });
    const label = svg('text', { x: 4, y: y + 13, class: 'row-label' }, row.label.length > 24 ? `${row.label.slice(0, 23)}…` : row.label);
    if (row.label.length > 24) g.append(svg('title', {}, row.label));
    g.append(label);
    if (row.sublabel) g.append(svg('text', { x: 4, y: y + 26, class: 'row-sublabel' }, row.sublabel));
    g.append(svg('line', { x1: labelWidth, x2: width - right, y1: y + rowHeight / 2, y2: y + rowHeight / 2, class: 'track' }));
    for (const band of row.bands) {
      const x0 = x(Math.max(band.start, from));
      const x1 = x(Math.min(band.end, to));
      if (x1 <= x0) continue;
      const node = svg('g', { class: `band fill-${band.status}`, 'data-status': band.status, 'data-start': dayString(band.start) });
      node.append(svg('rect', { x: x0.toFixed(1), y, width: Math.max(3, x1 - x0 - 1).toFixed(1), height: rowHeight, rx: 3 }));
      const words = STATUS_LABEL[band.status];
      if (x1 - x0 > words.length * 7 + 10) node.append(svg('text', { x: (x0 + 6).toFixed(1), y: y + 19, class: `band-text on-${band.status}` }, words));
      const period = `${germanDate(dayString(band.start))} bis ${band.end - 1 >= (asOf ?? Infinity) ? `${germanDate(dayString(band.end - 1))} (Stand)` : germanDate(dayString(band.end - 1))}`;
      const change = band.change ?? band.evidence[0];
      interactive(node, {
        label: `${rowName(row)}: ${statusText(band.status)} vom ${period}. Beleg: ${change?.text ?? '–'}`,
        tip: () => [`${row.label}: ${statusText(band.status)}`, period, change ? `„${change.text}“` : '', change ? `${change.title} (${change.sourceId})` : ''].filter(Boolean),
        activate: () => {
          for (const other of chart.querySelectorAll('.band.picked')) other.classList.remove('picked');
          node.classList.add('picked');
          showEvidence(evidenceBox, row, band, period);
        },
      });
      g.append(node);
    }
    chart.append(g);
  });
  container.append(chart);
  // Labels wider than their column are condensed rather than run into the bands.
  for (const text of chart.querySelectorAll('.row-label, .row-sublabel')) {
    if (text.getComputedTextLength() > labelWidth - 8) {
      text.setAttribute('textLength', String(labelWidth - 8));
      text.setAttribute('lengthAdjust', 'spacingAndGlyphs');
    }
  }
}

/** "Standesamt (civil-registry)", "Lünen (Gemeinde, alle Dienste)". */
const rowName = (row) => (!row.sublabel ? row.label : row.sublabel.startsWith('(') ? `${row.label} ${row.sublabel}` : `${row.label} (${row.sublabel})`);

function showEvidence(box, row, band, period) {
  box.hidden = false;
  const seen = new Set();
  const statements = band.evidence.filter((s) => {
    const key = `${s.documentId}|${s.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  box.replaceChildren(
    el('h4', {}, el('span', { text: `${rowName(row)}: ` }), badge(band.status),
      el('span', { class: 'key', text: ` (${band.status})` })),
    el('p', { class: 'meta', text: `${period} · ${statements.length} ${statements.length === 1 ? 'Beleg' : 'Belege'}` }),
    el('ol', { class: 'evidence-list' }, ...statements.slice(0, 6).map((s) => el('li', { 'data-document': s.documentId },
      el('blockquote', { class: 'evidence', text: s.text }),
      el('span', { class: 'meta', text: `${s.service ? `${serviceText(s.service)} · ` : ''}${STATUS_LABEL[s.status]} · Stand ${germanDate(s.asOf)} · ` }),
      link(s.url, s.title || s.sourceId),
      el('span', { class: 'meta', text: ` (${s.sourceId}${s.publishedAt ? `, ${germanDate(s.publishedAt.slice(0, 10))} ${s.publishedAt.slice(11, 16)}` : ''})` })))),
  );
}

/** An /impacts item as a statement for the timelines. */
const fromImpact = (i) => ({
  documentId: i.documentId, position: i.span.start, place: i.place, service: i.service, status: i.status,
  asOf: i.asOf.slice(0, 10), since: i.since?.slice(0, 10), text: i.span.text, url: i.url, title: i.title,
  sourceId: i.sourceId, publishedAt: i.publishedAt,
});

function chartRange(statements, endDay) {
  const starts = statements.map((s) => dayNumber(s.since && s.since < s.asOf ? s.since : s.asOf));
  const from = Math.min(...starts, endDay) - 1;
  return { from: Math.min(from, endDay - 6), to: endDay + 1 };
}

/** One timeline row per service, those worst now first. */
function serviceRows(statements, endDay) {
  const byService = new Map();
  for (const s of statements) push(byService, s.service, s);
  const rows = [...byService.entries()].map(([service, list]) => ({
    key: service, label: SERVICE_LABEL[service] ?? service, sublabel: `(${service})`, bands: bandsOf(list, endDay),
  }));
  const current = (row) => SEVERITY[row.bands.at(-1)?.status ?? 'none'];
  return rows.sort((a, b) => current(b) - current(a) || a.label.localeCompare(b.label, 'de'));
}

// ---- place details ---------------------------------------------------------------------------

function closePanel() {
  state.selected = null;
  $('place-panel').hidden = true;
  $('intro-panel').hidden = false;
  drawHighlight();
  syncUrl();
}

function syncUrl() {
  const url = new URL(location.href);
  url.searchParams.set('asOf', state.asOf);
  if (state.selected) url.searchParams.set('place', state.selected);
  else url.searchParams.delete('place');
  history.replaceState(null, '', url);
}

/** Selects a district (zooms into it) or a municipality (zooms into its district, outlines it). */
async function selectPlace(ags, { focusMap = false } = {}) {
  state.selected = ags;
  syncUrl();
  const districtAgs = ags.slice(0, 5);
  if (state.zoomed !== districtAgs) await zoomTo(districtAgs);
  else drawHighlight();
  if (focusMap && ags.length === 5) {
    // Focus moves on to what the zoom revealed: the first municipality.
    const first = $('municipalities-layer').querySelector('[tabindex="0"]');
    if (first) first.focus({ preventScroll: true });
  }
  await showPlace(ags);
}

async function showPlace(ags) {
  const panel = $('place-panel');
  panel.hidden = false;
  $('intro-panel').hidden = true;
  panel.dataset.ags = ags;
  const place = state.places.get(ags);
  const isDistrict = ags.length === 5;
  const shape = isDistrict
    ? state.districtShapes?.find((s) => s.feature.properties.ags === ags)?.feature.properties
    : state.municipalityShapes.get(ags.slice(0, 5))?.find((s) => s.feature.properties.ags === ags)?.feature.properties;
  const name = place?.name ?? (isDistrict && shape ? districtName(shape) : shape?.name ?? ags);
  const status = isDistrict ? districtStatus(ags) : placeStatus(ags);
  $('place-title').replaceChildren(el('span', { text: name }));
  $('place-title').dataset.status = status;
  const districtLabel = !isDistrict ? (place?.districtName ?? districtName(state.districtShapes?.find((s) => s.feature.properties.ags === ags.slice(0, 5))?.feature.properties ?? { ags, name: '' })) : '';
  $('place-meta').replaceChildren(badge(status), el('span', { class: 'key', text: ` (${status === 'none' ? 'no data' : status}) ` }),
    el('span', { text: `${shape?.bez ?? (isDistrict ? 'Kreis' : 'Gemeinde')} · AGS ${ags}${districtLabel ? ` · ${districtLabel}` : ''} · Stand ${germanDate(state.asOf)}` }));

  const body = $('place-status').querySelector('tbody');
  const rows = isDistrict ? placesInDistrict(ags).flatMap((p) => p.services.map((s) => ({ ...s, placeName: p.name }))) : place?.services ?? [];
  body.replaceChildren(...rows.sort((a, b) => SEVERITY[b.status] - SEVERITY[a.status]).map((s) => el('tr', { 'data-service': s.service },
    el('td', {}, el('span', { text: `${s.placeName && isDistrict ? `${s.placeName}: ` : ''}${SERVICE_LABEL[s.service] ?? s.service} ` }), el('span', { class: 'key', text: `(${s.service})` })),
    el('td', {}, keyedBadge(s.status)),
    el('td', { text: germanDate(day(s.since)) }),
    el('td', {}, el('blockquote', { class: 'evidence', text: s.evidence }), link(s.url, s.sourceId)))));
  if (rows.length === 0) body.replaceChildren(el('tr', {}, el('td', { colspan: 4, class: 'meta', text: 'Keine Meldungen bis zum Stand.' })));

  const chart = $('place-chart');
  const list = $('place-impacts');
  chart.replaceChildren(el('p', { class: 'meta', text: 'Lade …' }));
  list.replaceChildren();
  try {
    const query = isDistrict ? `district=${ags}` : `place=${ags}`;
    const page = await api(`/impacts?${query}&limit=1000&order=oldest&to=${state.asOf}`);
    if (state.selected !== ags) return;
    const statements = page.items.filter((i) => i.asOf && i.place).map(fromImpact);
    const endDay = dayNumber(state.asOf);
    const { from, to } = chartRange(statements, endDay);
    let chartRows;
    if (isDistrict) {
      // One row per place of the district: its worst status over all services.
      // The district's own services one row each, then one row per municipality: its worst status
      // over all its services.
      const own = statements.filter((s) => s.place.ags === ags);
      chartRows = serviceRows(own, endDay).map((row) => ({ ...row, key: `${ags}:${row.key}` }));
      const byPlace = new Map();
      for (const s of statements) if (s.place.ags !== ags) push(byPlace, s.place.ags, s);
      chartRows.push(...[...byPlace.entries()].map(([placeAgs, list]) => ({
        key: placeAgs, label: list[0].place.name, sublabel: 'Gemeinde, alle Dienste', bands: worstBandsOf(list, endDay),
      })).sort((a, b) => a.label.localeCompare(b.label, 'de')));
      $('place-chart-title').textContent = own.length && byPlace.size ? 'Verlauf: Dienste des Kreises, dann je Gemeinde (schlimmster Status)'
        : own.length ? 'Verlauf je Dienst des Kreises' : 'Verlauf je Gemeinde (schlimmster Status aller Dienste)';
    } else {
      chartRows = serviceRows(statements, endDay);
      $('place-chart-title').textContent = 'Verlauf je Dienst';
    }
    renderChart(chart, $('place-evidence'), {
      rows: chartRows, from, to, asOf: endDay,
      title: `Verlauf ${isDistrict ? 'je Ort' : 'je Dienst'} für ${name} bis ${germanDate(state.asOf)}; jedes Band ist eine Schaltfläche mit dem Beleg`,
    });
    $('place-impacts-count').textContent = `(${page.items.length})`;
    list.replaceChildren(...[...page.items].reverse().map((i) => el('li', { class: 'impact', 'data-service': i.service, 'data-status': i.status },
      el('strong', { text: `${germanDate(day(i.asOf))} · ${i.place?.name ?? '?'} · ${serviceText(i.service)} ` }), keyedBadge(i.status),
      el('blockquote', { class: 'evidence', text: i.span.text }),
      el('span', { class: 'meta', text: `${i.sourceId} · ` }), link(i.url, i.title))));
    if (page.items.length === 0) list.replaceChildren(el('li', { class: 'meta', text: 'Keine Meldungen.' }));
    panel.dataset.ready = ags;
  } catch (error) {
    chart.replaceChildren(el('p', { class: 'meta', text: `Fehler: ${error.message}` }));
  }
}

function drawPlaceList() {
  const places = [...state.places.values()].sort((a, b) => SEVERITY[b.status] - SEVERITY[a.status] || a.name.localeCompare(b.name, 'de'));
  $('place-list').replaceChildren(...places.map((p) => {
    const button = el('button', { type: 'button', 'data-place': p.ags },
      badge(p.status), ' ', el('strong', { text: p.name }),
      el('span', { class: 'meta', text: ` · ${p.kind === 'district' ? 'Kreis' : p.districtName ?? 'Gemeinde'} · ${p.services.length} ${p.services.length === 1 ? 'Dienst' : 'Dienste'}` }));
    button.addEventListener('click', () => { void selectPlace(p.ags); });
    return el('li', {}, button);
  }));
  if (places.length === 0) $('place-list').replaceChildren(el('li', { class: 'meta', text: 'Keine Meldungen bis zum Stand.' }));
}

// ---- incidents -------------------------------------------------------------------------------

async function loadIncidents() {
  const list = $('incidents');
  try {
    const page = await api(`/incidents?limit=100&to=${state.asOf}`);
    list.replaceChildren(...page.items.map((i) => {
      const button = el('button', { type: 'button', 'data-incident': i.id, 'aria-pressed': 'false' },
        el('strong', { text: i.title }), el('br'),
        el('span', { class: 'meta', text: `${germanDate(i.firstSeen)} – ${germanDate(i.lastSeen)} · ${i.documentCount} Meldungen · ${i.providers.map((p) => p.name).join(', ') || i.municipalities.map((m) => m.name).join(', ')}` }));
      button.addEventListener('click', () => { void showIncident(i.id); });
      return el('li', {}, button);
    }));
    if (page.items.length === 0) list.replaceChildren(el('li', { class: 'meta', text: 'Keine Vorfälle bis zum Stand.' }));
    return page.items;
  } catch (error) {
    list.replaceChildren(el('li', { class: 'meta', text: `Fehler: ${error.message}` }));
    return [];
  }
}

async function showIncident(id) {
  for (const b of document.querySelectorAll('[data-incident]')) b.setAttribute('aria-pressed', String(b.dataset.incident === id));
  const incident = await api(`/incidents/${encodeURIComponent(id)}`);
  $('incident-detail').hidden = false;
  $('incident-detail').dataset.incident = id;
  $('incident-title').textContent = incident.title;
  $('incident-meta').textContent = `${germanDate(incident.firstSeen)} – ${germanDate(incident.lastSeen)} · ${incident.documentCount} Meldungen · Quellen: ${incident.sourceKinds.map((k) => KIND_LABEL[k] ?? k).join(', ')}${incident.providers.length ? ` · betroffen: ${incident.providers.map((p) => p.name).join(', ')}` : ''}`;

  // One row per place: its worst status over all services as the incident's releases state it.
  const statements = [];
  incident.timeline.forEach((t, n) => t.impacts.forEach((i, k) => {
    if (!i.place) return;
    statements.push({
      documentId: t.documentId, position: n * 1000 + k, place: i.place, service: i.service, status: i.status,
      asOf: (i.asOf ?? t.date).slice(0, 10), text: i.evidence, url: t.url, title: t.title, sourceId: t.sourceId, publishedAt: t.publishedAt,
    });
  }));
  const endDay = Math.max(dayNumber(incident.lastSeen), ...statements.map((s) => dayNumber(s.asOf)));
  const byPlace = new Map();
  for (const s of statements) push(byPlace, s.place.ags, s);
  const allRows = [...byPlace.entries()].map(([ags, list]) => ({
    key: ags, label: list[0].place.name, sublabel: `${ags.length === 5 ? 'Kreis' : 'Gemeinde'}, alle Dienste`, bands: worstBandsOf(list, endDay),
  }));
  // A large incident shows its places hit worst first, at most MAX_ROWS of them.
  const MAX_ROWS = 25;
  const peak = (row) => Math.max(...row.bands.map((b) => SEVERITY[b.status]));
  const rows = allRows.length <= MAX_ROWS ? allRows
    : [...allRows].sort((a, b) => peak(b) - peak(a) || a.label.localeCompare(b.label, 'de')).slice(0, MAX_ROWS);
  const from = Math.min(dayNumber(incident.firstSeen), ...statements.map((s) => dayNumber(s.asOf))) - 1;
  const asOf = dayNumber(state.asOf);
  renderChart($('incident-chart'), $('incident-evidence'), {
    rows, from, to: endDay + 1, asOf: asOf < endDay ? asOf : undefined,
    ticks: incident.timeline.map((t) => ({ day: dayNumber(t.date), date: t.date, kind: t.sourceKind, title: t.title })),
    title: `Verlauf des Vorfalls je Ort; gestrichelt der gewählte Stand ${germanDate(state.asOf)}`,
  });
  if (allRows.length > rows.length) {
    $('incident-chart').append(el('p', { class: 'meta', text: `${allRows.length - rows.length} weitere Orte ohne eigene Zeile; alle in den Meldungen des Vorfalls.` }));
  }

  $('timeline-count').textContent = `(${incident.timeline.length})`;
  $('timeline').replaceChildren(...incident.timeline.map((t) => el('li', { 'data-document': t.documentId, class: t.date > state.asOf ? 'after-asof' : '' },
    t.publishedAt
      ? el('time', { datetime: t.publishedAt, text: `${germanDate(t.date)} ` })
      : el('time', { datetime: t.date, title: 'undatiert: ohne Veröffentlichungsdatum, Tag aus dem Text', text: `${germanDate(t.date)} (undatiert) ` }),
    el('span', { class: `badge kind kind-${t.sourceKind}`, text: KIND_LABEL[t.sourceKind] ?? t.sourceKind }), ' ',
    link(t.url, t.title),
    t.impacts.length ? el('ul', {}, ...t.impacts.map((i) => el('li', {},
      el('span', { text: `${i.place?.name ?? '?'}: ${serviceText(i.service)} ` }), keyedBadge(i.status),
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
    el('td', { text: germanDate(day(i.asOf)) }),
    el('td', { text: i.place?.name ?? '?' }),
    el('td', { text: serviceText(i.service) }),
    el('td', {}, keyedBadge(i.status)),
    el('td', {}, el('blockquote', { class: 'evidence', text: i.span.text })),
    el('td', {}, link(i.url, i.sourceId)))));
  $('table-count').textContent = `${rows.length} von ${state.impacts.length} Meldungen`;
}

function fillSelect(select, values, label) {
  const current = select.value;
  select.replaceChildren(el('option', { value: '', text: 'alle' }), ...values.map((v) => el('option', { value: v, text: label(v) })));
  select.value = values.includes(current) ? current : '';
}

// ---- loading ---------------------------------------------------------------------------------

async function loadShapes() {
  if (state.districtShapes) return;
  try {
    const geo = await api('/shapes/districts');
    state.districtShapes = geo.features.filter((f) => f.geometry).map(prepareShape);
    mapMessage(null);
  } catch (error) {
    mapMessage(`Kreisflächen nicht verfügbar: ${error.message}`);
  }
}

async function load() {
  $('summary').textContent = 'Lade …';
  document.body.dataset.ready = 'loading';
  try {
    const [geo] = await Promise.all([api(`/status?asOf=${state.asOf}&format=geojson`), loadShapes()]);
    state.places = new Map(geo.features.map((f) => [f.properties.ags, f.properties]));
    indexPlaces();
    const affected = [...state.places.values()].filter((p) => p.status !== 'operational').length;
    $('summary').textContent = `Stand ${germanDate(state.asOf)}: ${state.places.size} Orte mit Meldungen, davon ${affected} beeinträchtigt`;
    $('map-title').textContent = `Karte: Stand ${germanDate(state.asOf)}`;
    drawLegend();
    drawPlaceList();
    measure();
    // A new date recolours whatever is on the map now, before any zoom.
    drawMap();
    const wanted = new URLSearchParams(location.search).get('place');
    if (state.selected || (wanted && /^(\d{5}|\d{8})$/.test(wanted))) {
      const ags = state.selected ?? wanted;
      await selectPlace(ags);
    } else {
      await zoomTo(state.zoomed);
    }
    document.body.dataset.ready = 'map';
    const impacts = await api(`/impacts?to=${state.asOf}&limit=1000`);
    state.impacts = impacts.items;
    fillSelect($('filter-service'), [...new Set(state.impacts.map((i) => i.service))].sort(), serviceText);
    fillSelect($('filter-status'), SCALE.map((s) => s.key).filter((s) => state.impacts.some((i) => i.status === s)), statusText);
    renderTable();
    const incidents = await loadIncidents();
    const open = $('incident-detail').dataset.incident;
    const next = incidents.find((i) => i.id === open) ?? incidents[0];
    if (next) await showIncident(next.id);
    else $('incident-detail').hidden = true;
    document.body.dataset.ready = 'all';
  } catch (error) {
    $('summary').textContent = `Fehler beim Laden: ${error.message}`;
    document.body.dataset.ready = 'error';
  }
}

function todayInBerlin() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
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
    syncUrl();
    void load();
  });
  $('fit').addEventListener('click', () => {
    state.extent = state.extent === 'germany' ? 'reports' : 'germany';
    $('fit').setAttribute('aria-pressed', String(state.extent === 'germany'));
    void zoomTo(null);
  });
  $('overview').addEventListener('click', () => { void zoomOut(); });
  $('place-close').addEventListener('click', () => { closePanel(); });
  // Escape on the map (or with nothing focused) goes back to the overview, focus on the district left.
  document.addEventListener('keydown', (event) => {
    const active = document.activeElement;
    const onMap = !active || active === document.body || $('map').contains(active);
    if (event.key === 'Escape' && state.zoomed && onMap) {
      const ags = state.zoomed;
      void zoomOut().then(() => $('districts-layer').querySelector(`[data-ags="${ags}"]`)?.focus({ preventScroll: true }));
    }
  });
  $('filters').addEventListener('input', renderTable);
  $('filters').addEventListener('submit', (event) => event.preventDefault());
  let resizeTimer;
  new ResizeObserver(() => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => {
      const before = state.size;
      measure();
      if (before.width === state.size.width && before.height === state.size.height) return;
      const box = currentBox();
      if (box) { applyTransform(fitTransform(box)); drawLabels(); }
      if (state.selected && !$('place-panel').hidden) void showPlace(state.selected);
      const open = $('incident-detail').dataset.incident;
      if (open && !$('incident-detail').hidden) void showIncident(open);
    }, 150);
  }).observe($('map'));
  void load();
}

init();
