// A stage module for the pool tests (plain JS: worker threads load it without a TypeScript step).
export function createStage(data, tools) {
  return (input) => {
    if (input.fail === 'stage') throw new tools.StageFailure('extract', input.sourceId, 'no text', { url: input.url, permanent: true });
    if (input.fail === 'error') throw new TypeError('broken input');
    if (input.fail === 'crash') process.exit(3);
    return { echoed: input.value, prefix: data.prefix, thread: data.prefix + ':' + (globalThis.threadSeen = (globalThis.threadSeen ?? 0) + 1) };
  };
}
