// A stage module that cannot load: the pool must fall back to the main thread.
throw new Error('this module does not load');
