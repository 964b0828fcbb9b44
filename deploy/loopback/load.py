#!/usr/bin/env python3
"""SEARCH load over RESP for the loopback test: CONNECTIONS clients for SECONDS, each sending one
SEARCH at a time and reconnecting when its connection breaks. Prints one JSON line: requests
sent, answered, failed (a request whose connection broke before its reply), and the longest
reply time in ms. Standard library only."""
import json
import socket
import sys
import threading
import time

host, port = sys.argv[1], int(sys.argv[2])
connections, seconds = int(sys.argv[3]), float(sys.argv[4])
QUERIES = [b"SEARCH dagis ko LIMIT 3\r\n", b"SEARCH trygghetslarm LIMIT 3\r\n",
           b"SEARCH skriva ut kontoutdrag LIMIT 3\r\n", b"SEARCH bygglov friggebod LIMIT 3\r\n"]


class Broken(Exception):
    pass


def read_line(sock, buffer):
    while b"\r\n" not in buffer:
        chunk = sock.recv(65536)
        if not chunk:
            raise Broken()
        buffer += chunk
    line, _, rest = buffer.partition(b"\r\n")
    return line, rest


def read_reply(sock, buffer):
    line, buffer = read_line(sock, buffer)
    kind = line[:1]
    if kind in (b"+", b"-", b":"):
        return kind != b"-", buffer
    if kind == b"$":
        length = int(line[1:])
        if length < 0:
            return True, buffer
        while len(buffer) < length + 2:
            chunk = sock.recv(65536)
            if not chunk:
                raise Broken()
            buffer += chunk
        return True, buffer[length + 2:]
    if kind == b"*":
        ok = True
        for _ in range(max(0, int(line[1:]))):
            item_ok, buffer = read_reply(sock, buffer)
            ok = ok and item_ok
        return ok, buffer
    raise Broken()


totals = {"sent": 0, "answered": 0, "errors": 0, "failed": 0, "reconnects": 0, "max_ms": 0.0}
lock = threading.Lock()
deadline = time.monotonic() + seconds


def client(number):
    sock, buffer, sent = None, b"", 0
    while time.monotonic() < deadline:
        try:
            if sock is None:
                sock = socket.create_connection((host, port), timeout=5)
                buffer = b""
            query = QUERIES[sent % len(QUERIES)]
            started = time.monotonic()
            with lock:
                totals["sent"] += 1
            sent += 1
            sock.sendall(query)
            ok, buffer = read_reply(sock, buffer)
            elapsed = (time.monotonic() - started) * 1000
            with lock:
                totals["answered" if ok else "errors"] += 1
                totals["max_ms"] = max(totals["max_ms"], elapsed)
        except (OSError, Broken):
            with lock:
                totals["failed"] += 1
                totals["reconnects"] += 1
            if sock is not None:
                sock.close()
            sock = None
            time.sleep(0.05)
    if sock is not None:
        sock.close()


threads = [threading.Thread(target=client, args=(n,)) for n in range(connections)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
totals["max_ms"] = round(totals["max_ms"], 1)
print(json.dumps(totals))
