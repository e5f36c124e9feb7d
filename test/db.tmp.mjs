const m = await import('/work/main/test/dist/bench/distributed.js');
console.log(await m.benchDistributed(3000, 10000));
