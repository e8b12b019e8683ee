"""bench/district's helpers (stdlib only; 127.0.0.1 only).

  district.py burst BASE OFFICE_COOKIE DISTRICT_COOKIE RESOLUTION ROUNDS CONNECTIONS CODE [CODE ...]
      ROUNDS times: one progress post into RESOLUTION (a path under the town, /resolutions/{id}: every copied town has the
      template's ids) of every town CODE (four connections, the office's form with its antiforgery token), then CONNECTIONS
      requests for /district at once (the district reader), each on its own connection. Prints the writes' time and the
      district requests' p50 / p99 / max over every round: the overview right after a write in every town.

  district.py post BASE COOKIE TOKEN RESOLUTION [N]
      N (default 2) progress posts to RESOLUTION (/t/{code}/resolutions/{id}) one after the other, with a token read before
      (the data-protection keys outlive a restart), and the time of each: run right after a start, the first is the first
      command (and the first request but /alive) of the new process.
"""
import concurrent.futures, http.client, re, sys, threading, time, urllib.parse


def connect(base):
    host = urllib.parse.urlparse(base)
    return http.client.HTTPConnection(host.hostname, host.port, timeout=600)


def token_of(base, cookie, path):
    c = connect(base)
    c.request("GET", path, headers={"Cookie": cookie})
    r = c.getresponse()
    page = r.read().decode()
    return re.search(r'name="__RequestVerificationToken" value="([^"]+)"', page).group(1)


def post(c, cookie, path, token, text):
    body = urllib.parse.urlencode([("Text", text), ("__RequestVerificationToken", token)])
    t0 = time.perf_counter()
    c.request("POST", path, body=body, headers={"Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"})
    r = c.getresponse()
    r.read()
    if r.status != 303:
        raise SystemExit(f"POST {path}: {r.status}")
    return (time.perf_counter() - t0) * 1000


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))] if values else float("nan")


def burst(base, office, district, resolution, rounds, connections, codes):
    token = token_of(base, office, f"/t/{codes[0]}/roster/units")
    local = threading.local()

    def write(code):
        if not hasattr(local, "c"):
            local.c = connect(base)
        return post(local.c, office, f"/t/{code}{resolution}/progress", token, "基准测试：区概览前的进展。")

    def overview(_):
        c = connect(base)
        t0 = time.perf_counter()
        c.request("GET", "/district", headers={"Cookie": district})
        r = c.getresponse()
        r.read()
        if r.status != 200:
            raise SystemExit(f"/district: {r.status}")
        return (time.perf_counter() - t0) * 1000

    reads, writes, write_walls = [], [], []
    with concurrent.futures.ThreadPoolExecutor(4) as writers, concurrent.futures.ThreadPoolExecutor(connections) as readers:
        for _ in range(rounds):
            t0 = time.perf_counter()
            writes += list(writers.map(write, codes))
            write_walls.append(time.perf_counter() - t0)
            reads += list(readers.map(overview, range(connections)))
    print(f"writes: {len(writes)} progress posts ({len(codes)} towns x {rounds} rounds, 4 connections), "
          f"{sum(write_walls) / len(write_walls):.1f} s a round, p50 {pct(writes, 50):.1f} ms, p99 {pct(writes, 99):.1f} ms")
    print(f"/district right after a write in every town ({connections} at once, {rounds} rounds, {len(reads)} requests): "
          f"p50 {pct(reads, 50):.1f} ms, p99 {pct(reads, 99):.1f} ms, max {pct(reads, 100):.1f} ms")


def posts(base, cookie, token, path, n):
    c = connect(base)
    print(" ".join(f"{post(c, cookie, path + '/progress', token, '基准测试：启动后的进展。'):.1f}" for _ in range(n)))


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    if command == "burst":
        burst(args[0], args[1], args[2], args[3], int(args[4]), int(args[5]), args[6:])
    elif command == "post":
        posts(args[0], args[1], args[2], args[3], int(args[4]) if len(args) > 4 else 2)
    else:
        raise SystemExit(__doc__)
