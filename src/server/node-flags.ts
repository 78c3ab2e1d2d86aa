/**
 * V8 limits the server runs with (`npm start`, the test and bench spawners, Playwright). Without
 * them, on a machine with plenty of memory, V8 lets the young generation grow to 128 MB and the
 * old generation far past the ~60 MB that is live, so a busy instance sat at 350–430 MB RSS
 * (budget P9: ≤ 200 MB). With them the same load settles near 220 MB; a smaller young
 * generation saves a little more memory but costs the dashboard a third of its throughput.
 * V8 reads these only at start, so they cannot be set from inside the process; package.json's
 * start script repeats them (a test keeps the two the same).
 */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=8', '--max-old-space-size=256'] as const;
