#!/usr/bin/env python3
"""A loopback TCP delay line: LISTEN_PORT -> TARGET_HOST:TARGET_PORT.

    latency_proxy.py --listen 127.0.0.1:0 --target 127.0.0.1:995 --delay-ms 10 [--port-file F]

Every chunk read in either direction is forwarded DELAY ms after it arrived
(a timestamped queue per direction), so a request/response pair costs
2 x DELAY of extra round trip while throughput is unchanged: many chunks
are in flight at once, nothing waits for the previous chunk's delay (not
stop-and-wait). Nagle is off on both sides so small pipelined commands are
not held back. The port it listens on is printed (and written to
--port-file) once it accepts connections. Stops on SIGTERM/SIGINT, or after
--max-seconds (default 6 hours) as a safety net.
"""

import argparse
import asyncio
import signal
import socket
import sys

CHUNK = 256 * 1024
# Bytes in flight per direction before the reader pauses (back-pressure).
MAX_QUEUED = 64 * 1024 * 1024


def nodelay(writer):
    sock = writer.get_extra_info("socket")
    if sock is not None:
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass


async def delay_line(reader, writer, delay):
    loop = asyncio.get_running_loop()
    queue = asyncio.Queue()
    queued = 0
    room = asyncio.Event()
    room.set()

    async def receive():
        nonlocal queued
        try:
            while True:
                await room.wait()
                data = await reader.read(CHUNK)
                await queue.put((loop.time() + delay, data))
                if not data:
                    return
                queued += len(data)
                if queued >= MAX_QUEUED:
                    room.clear()
        except (ConnectionError, OSError):
            await queue.put((loop.time() + delay, b""))

    async def send():
        nonlocal queued
        try:
            while True:
                due, data = await queue.get()
                wait = due - loop.time()
                if wait > 0:
                    await asyncio.sleep(wait)
                if not data:
                    if writer.can_write_eof():
                        writer.write_eof()
                    await writer.drain()
                    return
                writer.write(data)
                queued -= len(data)
                if queued < MAX_QUEUED:
                    room.set()
                if writer.transport.get_write_buffer_size() > 4 * 1024 * 1024:
                    await writer.drain()
        except (ConnectionError, OSError):
            return

    rx = asyncio.create_task(receive())
    try:
        await send()
    finally:
        rx.cancel()


async def handle(client_reader, client_writer, target, delay):
    try:
        server_reader, server_writer = await asyncio.open_connection(*target)
    except OSError as e:
        print("latency_proxy: cannot connect to %s:%d: %s" % (target[0], target[1], e), file=sys.stderr)
        client_writer.close()
        return
    nodelay(client_writer)
    nodelay(server_writer)
    try:
        await asyncio.gather(
            delay_line(client_reader, server_writer, delay),
            delay_line(server_reader, client_writer, delay),
        )
    finally:
        for w in (client_writer, server_writer):
            try:
                w.close()
            except Exception:
                pass


def split_addr(text):
    host, _, port = text.rpartition(":")
    return host or "127.0.0.1", int(port)


async def main():
    ap = argparse.ArgumentParser(description="Loopback TCP proxy adding a fixed delay each way.")
    ap.add_argument("--listen", default="127.0.0.1:0", help="HOST:PORT to listen on (port 0: any free)")
    ap.add_argument("--target", required=True, help="HOST:PORT to forward to")
    ap.add_argument("--delay-ms", type=float, default=10.0, help="delay added in EACH direction")
    ap.add_argument("--port-file", help="write the listening port here once ready")
    ap.add_argument("--max-seconds", type=float, default=6 * 3600)
    args = ap.parse_args()
    listen = split_addr(args.listen)
    target = split_addr(args.target)
    delay = args.delay_ms / 1000.0
    server = await asyncio.start_server(
        lambda r, w: handle(r, w, target, delay), listen[0], listen[1], backlog=64)
    port = server.sockets[0].getsockname()[1]
    if args.port_file:
        with open(args.port_file + ".tmp", "w") as f:
            f.write("%d\n" % port)
        import os
        os.replace(args.port_file + ".tmp", args.port_file)
    print("latency_proxy: 127.0.0.1:%d -> %s:%d, +%g ms each way" % (port, target[0], target[1], args.delay_ms),
          file=sys.stderr, flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    try:
        await asyncio.wait_for(stop.wait(), timeout=args.max_seconds)
    except asyncio.TimeoutError:
        pass
    server.close()


if __name__ == "__main__":
    asyncio.run(main())
