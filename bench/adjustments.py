"""Files, accepts and approves N member adjustments in sequence over one keep-alive connection per user.

Each adjustment moves one of the 21 members between 成员 and 副组长 (a ChangeRole: two roster events), on dates
spread over ten years, so N=1000 leaves ~2,000 roster events. Prints requests/s and p50/p99 per step.
"""
import http.client, re, sys, time, urllib.parse
from datetime import date, timedelta

base, admin_cookie, leader_cookie, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
host = urllib.parse.urlparse(base)
prefix = host.path.rstrip("/")  # /t/{code}: the town's pages
at = lambda path: path if path.startswith("/t/") else prefix + path  # hrefs and redirects already carry the town

class User:
    def __init__(self, cookie):
        self.conn = http.client.HTTPConnection(host.hostname, host.port)
        self.cookie = cookie
        self.token = re.search(r'name="__RequestVerificationToken" value="([^"]+)"', self.get("/roster/units")[1]).group(1)

    def get(self, path):
        self.conn.request("GET", at(path), headers={"Cookie": self.cookie})
        r = self.conn.getresponse()
        return r.status, r.read().decode()

    def post(self, path, form):
        form = dict(form, __RequestVerificationToken=self.token)
        started = time.perf_counter()
        self.conn.request("POST", at(path), body=urllib.parse.urlencode(form),
                          headers={"Cookie": self.cookie, "Content-Type": "application/x-www-form-urlencoded"})
        r = self.conn.getresponse()
        body = r.read().decode()
        elapsed = (time.perf_counter() - started) * 1000
        if r.status != 303:
            raise SystemExit(f"{path}: {r.status}\n{body[:2000]}")
        return r.getheader("Location"), elapsed

admin, leader = User(admin_cookie), User(leader_cookie)
page = admin.get("/roster/leading-group")[1]
members_table = page[page.index('data-role="Member"'):]
members = re.findall(r'(?:/t/[a-z0-9]+)?/roster/people/([0-9a-f-]{36})', members_table)[:21]
unit = re.search(r'<select name="UnitId">\s*<option value="([0-9a-f-]{36})"', admin.get("/adjustments/new")[1]).group(1)
assert len(members) == 21, members

timings = {"file": [], "accept": [], "approve": []}
role_of = {m: "Member" for m in members}
start_day, step = date(2022, 2, 1), timedelta(days=3650 / max(count, 1))
wall = time.perf_counter()
for i in range(count):
    member = members[i % len(members)]
    role_of[member] = "DeputyLeader" if role_of[member] == "Member" else "Member"
    on = (start_day + step * (i + 1)).isoformat()
    location, ms = admin.post("/adjustments/new", {
        "Body": "LeadingGroup", "Kind": "ChangeRole", "UnitId": unit, "MemberPersonId": member,
        "NewRole": role_of[member], "Reason": "基准测试", "EffectiveOn": on})
    timings["file"].append(ms)
    _, ms = admin.post(location + "/act", {"action": "Accept", "version": "1", "comment": ""})
    timings["accept"].append(ms)
    _, ms = leader.post(location + "/act", {"action": "Approve", "version": "2", "comment": "同意"})
    timings["approve"].append(ms)
wall = time.perf_counter() - wall

def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]

total = sum(len(v) for v in timings.values())
print(f"{count} adjustments filed, accepted and approved in sequence: {total} requests in {wall:.1f} s = {total / wall:.1f} requests/s")
print(f"{'step':10} {'p50 ms':>8} {'p99 ms':>8}")
for step_name, values in timings.items():
    print(f"{step_name:10} {pct(values, 50):8.1f} {pct(values, 99):8.1f}")
