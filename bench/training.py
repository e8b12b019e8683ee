"""Loads ten years of child-director history for 30 villages through the app's own forms.

Registers 21 villages next to the sample's 9; in each new village a director serves about three years, leaves, and
the next is appointed a month later (2017-2026). Four sessions a year are recorded with every director in office on
the day (one in four under half child social work, so not counting). Prints what was loaded and how fast.
"""
import http.client, re, sys, time, urllib.parse
from datetime import date, timedelta

base, cookie = sys.argv[1], sys.argv[2]
host = urllib.parse.urlparse(base)
prefix = host.path.rstrip("/")  # /t/{code}: the town's pages
at = lambda path: path if path.startswith("/t/") else prefix + path  # hrefs and redirects already carry the town
conn = http.client.HTTPConnection(host.hostname, host.port)

def get(path):
    conn.request("GET", at(path), headers={"Cookie": cookie})
    r = conn.getresponse()
    return r.status, r.read().decode()

token = re.search(r'name="__RequestVerificationToken" value="([^"]+)"', get("/roster/units")[1]).group(1)
timings = []

def post(path, fields):
    body = urllib.parse.urlencode(list(fields) + [("__RequestVerificationToken", token)])
    started = time.perf_counter()
    conn.request("POST", at(path), body=body, headers={"Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"})
    r = conn.getresponse()
    text = r.read().decode()
    timings.append((time.perf_counter() - started) * 1000)
    if r.status != 303:
        raise SystemExit(f"{path}: {r.status}\n{text[:3000]}")
    return r.getheader("Location")

wall = time.perf_counter()
for i in range(1, 22):
    post("/roster/units", [("Name", f"基准村{i:02d}"), ("Kind", "Village")])
form = get("/training/appointments/new")[1]
villages = dict(re.findall(r'<option value="([0-9a-f-]{36})"[^>]*>(基准村\d\d)</option>', form))
assert len(villages) == 21, len(villages)

# Who is in office when: (person id, from, until or None)
terms = []
ledger_page = get("/training?asOf=2022-06-01")[1]
sample = re.findall(r'href="(?:/t/[a-z0-9]+)?/training/people/([0-9a-f-]{36})"', ledger_page)
terms += [(pid, date(2022, 1, 28), None) for pid in dict.fromkeys(sample)]

first, today = date(2017, 1, 1), date.today()
n = 0
for unit_id, name in villages.items():
    start = first + timedelta(days=(n * 37) % 300)
    while start < today:
        n += 1
        location = post("/training/appointments/new", [
            ("PersonId", ""), ("Name", f"主任{n:03d}"), ("Duty", "ChildDirector"), ("UnitId", unit_id),
            ("EffectiveOn", start.isoformat()), ("Basis", "村委会推荐，镇政府任命"),
            ("IsFemaleCommitteeMember", "true" if n % 3 else "false")])
        pid = location.rsplit("/", 1)[1]
        end = start + timedelta(days=3 * 365)
        if end < today:
            post(f"/training/people/{pid}/leave", [("EffectiveOn", end.isoformat()), ("Reason", "换届")])
            terms.append((pid, start, end))
            start = end + timedelta(days=30)
        else:
            terms.append((pid, start, None))
            break

sessions = attendances = 0
for year in range(2017, today.year + 1):
    for k, month in enumerate((3, 6, 9, 11)):
        day = date(year, month, 10)
        if day >= today:
            continue
        present = [pid for pid, f, u in terms if f <= day and (u is None or day < u)]
        if not present:
            continue
        counting = k != 2
        fields = [("Title", f"{year}年第{k + 1}期儿童主任{'入职培训' if k == 0 else '轮训'}"),
                  ("Kind", "Onboarding" if k == 0 else "Rotation"), ("StartOn", day.isoformat()), ("EndOn", (day + timedelta(days=1)).isoformat()),
                  ("Organiser", "镇民政和社事办"), ("Place", "镇政府会议室"),
                  ("CourseTitle", "儿童保护政策"), ("CourseHours", "4" if counting else "2"), ("CourseChildSocialWork", "0"),
                  ("CourseTitle", "个案管理实务"), ("CourseHours", "2"), ("CourseChildSocialWork", "1" if counting else "9"),
                  ("CourseTitle", "综合业务"), ("CourseHours", "2")]
        fields += [("Attendee", pid) for pid in present]
        post("/training/sessions/new", fields)
        sessions += 1
        attendances += len(present)
wall = time.perf_counter() - wall

timings.sort()
pct = lambda p: timings[min(len(timings) - 1, int(round(p / 100 * (len(timings) - 1))))]
print(f"loaded: 30 villages, {len(terms)} appointments, {sessions} sessions, {attendances} attendances; "
      f"{len(timings)} posts in {wall:.1f} s (p50 {pct(50):.1f} ms, p99 {pct(99):.1f} ms)")
