import cliProgress from 'cli-progress';
import type { RunEvent } from '@lagebild/queue';

/**
 * A progress bar on stderr for long runs; silent when stderr is not a terminal (CI logs, pipes),
 * where the summary table says what happened.
 */
export function createRunProgress(enabled = process.stderr.isTTY === true): { onEvent: (e: RunEvent) => void; stop: () => void } {
  if (!enabled) return { onEvent: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar({
    format: 'ingest |{bar}| {value}/{total} releases | {sources} sources listed | {quarantined} quarantined',
    stream: process.stderr, hideCursor: true, clearOnComplete: false,
  }, cliProgress.Presets.shades_classic);
  let total = 0;
  let done = 0;
  let sources = 0;
  let quarantined = 0;
  bar.start(0, 0, { sources, quarantined });
  return {
    onEvent(event) {
      switch (event.type) {
        case 'source-listed':
          sources++;
          total += event.items;
          bar.setTotal(total);
          break;
        case 'source-failed':
          sources++;
          break;
        case 'item-done':
          done++;
          break;
        case 'item-quarantined':
          quarantined++;
          if (event.item.stage !== 'feed') done++;
          break;
      }
      bar.update(done, { sources, quarantined });
    },
    stop: () => bar.stop(),
  };
}
