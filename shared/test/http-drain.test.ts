import { connect } from "node:net";
import express from "express";
import { HttpDrain, listen } from "../src/server";

/** A server whose /slow answers only when the test says so, and whose /ready follows the drain. */
async function server() {
  const drain = new HttpDrain();
  const app = express();
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let arrive!: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  app.post("/slow", async (_req, res) => {
    arrive();
    await released;
    res.send("done");
  });
  app.get("/ready", (_req, res) => {
    res.status(drain.draining ? 503 : 200).send(drain.draining ? "stopping" : "ready");
  });
  const { port } = await listen(app, 0, "127.0.0.1", drain);
  return { drain, port, release, arrived };
}

/** Sends raw HTTP/1.1 on one connection and collects everything the server answers until it closes. */
function rawConnection(port: number, text: string) {
  const socket = connect(port, "127.0.0.1");
  socket.write(text);
  const received = new Promise<string>((resolve) => {
    let text = "";
    socket.on("data", (chunk) => (text += chunk));
    socket.on("close", () => resolve(text));
    socket.on("error", () => undefined);
  });
  return { received, write: (more: string) => socket.write(more) };
}

const statuses = (received: string): number[] => [...received.matchAll(/HTTP\/1\.1 (\d{3})/g)].map((m) => Number(m[1]));

it("lets a request in flight finish, answers /ready 503 meanwhile, and refuses new connections", async () => {
  const { drain, port, release, arrived } = await server();
  const connection = rawConnection(port, "POST /slow HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n");
  await arrived; // the request is in flight (on a loaded machine 100 ms may not be enough to get there)
  const closed = drain.close(5_000);
  expect(drain.draining).toBe(true);
  await expect(fetch(`http://127.0.0.1:${port}/ready`)).rejects.toThrow();
  // on the connection already open, behind the request in flight
  connection.write("GET /ready HTTP/1.1\r\nHost: x\r\n\r\n");
  await new Promise((r) => setTimeout(r, 100));
  release();
  await closed;
  expect(statuses(await connection.received)).toEqual([200, 503]);
});

it("cuts a request still running when the grace period ends", async () => {
  const { drain, port, arrived } = await server();
  const connection = rawConnection(port, "POST /slow HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n");
  await arrived;
  const started = Date.now();
  await drain.close(300);
  expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  expect(statuses(await connection.received)).toEqual([]);
});
