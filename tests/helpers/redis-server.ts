import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";

/**
 * A throwaway Redis for the tests that need one: Debian's redis-server binary (TEST_REDIS_SERVER, which
 * scripts/test.mjs sets) on 127.0.0.1 at a free port, no persistence, never the system service. It can be
 * stopped and started again on the same port, as an outage would look to the site.
 */
export type RedisServer = { url: string; port: number; stop(): Promise<void>; start(): Promise<void> };

export async function startRedis(binary = process.env.TEST_REDIS_SERVER): Promise<RedisServer> {
  if (!binary) throw new Error("TEST_REDIS_SERVER is not set: run these tests through `npm test` (scripts/test.mjs).");
  const port = await freePort();
  let child: ChildProcess | null = null;
  const server: RedisServer = {
    url: `redis://127.0.0.1:${port}`,
    port,
    async start() {
      const args = ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no"];
      child = spawn(binary, args, { stdio: ["ignore", "ignore", "inherit"] });
      await waitFor(() => ping(port), `redis-server on port ${port}`);
    },
    async stop() {
      const running = child;
      child = null;
      if (!running || running.exitCode !== null) return;
      const exited = new Promise((resolve) => running.once("exit", resolve));
      running.kill("SIGKILL"); // gone at once, as a crash or a lost machine would be
      await exited;
    },
  };
  await server.start();
  return server;
}

/** Sends PING; true when Redis answers PONG. */
export function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.setTimeout(1_000);
    socket.once("connect", () => socket.write("PING\r\n"));
    socket.once("data", (data) => {
      resolve(data.toString().startsWith("+PONG"));
      socket.destroy();
    });
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => {
      resolve(false);
      socket.destroy();
    });
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

export async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} did not come up within ${timeoutMs / 1000} s`);
}
