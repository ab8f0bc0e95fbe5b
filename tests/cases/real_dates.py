# Date handling with fixed dates only: parsing and formatting, timedelta arithmetic, weekday
# schedules, month-end rollover, ISO weeks, fixed-offset time zones, a calendar month view
# and age/duration computations.
import calendar
from datetime import date, datetime, time, timedelta, timezone

start = date(2024, 1, 31)
print("start:", start, start.strftime("%A %d %B %Y"), start.isoformat())
print("leap year 2024?", calendar.isleap(2024), "days in Feb:", calendar.monthrange(2024, 2)[1])


def add_months(d, months):
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    day = min(d.day, calendar.monthrange(year, month)[1])
    return d.replace(year=year, month=month, day=day)


print("monthly from Jan 31:", [str(add_months(start, k)) for k in range(0, 14, 3)])
print("minus 1 month from Mar 31:", add_months(date(2023, 3, 31), -1))

# every second Tuesday in Q1 2024
d = date(2024, 1, 1)
tuesdays = []
while d < date(2024, 4, 1):
    if d.weekday() == calendar.TUESDAY:
        tuesdays.append(d)
    d += timedelta(days=1)
print("Q1 Tuesdays:", len(tuesdays), "every other:", [t.strftime("%m/%d") for t in tuesdays[::2]])

stamps = ["2024-03-10 01:30:00", "2024-03-10 23:59:59", "2024-02-29 12:00:00"]
parsed = sorted([datetime.strptime(s, "%Y-%m-%d %H:%M:%S") for s in stamps])
for a, b in zip(parsed, parsed[1:]):
    delta = b - a
    h, rem = divmod(delta.seconds, 3600)
    print(f"{a} -> {b}: {delta.days}d {h}h {rem // 60}m ({delta.total_seconds():.0f}s)")

born = date(1990, 7, 15)
today = date(2024, 7, 14)
age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
print("age on", today, "=", age, "| days alive:", (today - born).days)

print("ISO calendar:", date(2024, 12, 30).isocalendar(), date(2021, 1, 3).isocalendar()[:2])
print("ordinal:", date(2024, 3, 1).toordinal() - date(2024, 2, 1).toordinal(),
      "day of year:", date(2024, 12, 31).timetuple().tm_yday)

ist = timezone(timedelta(hours=5, minutes=30), "IST")
pst = timezone(timedelta(hours=-8))
meeting = datetime(2024, 11, 3, 9, 0, tzinfo=timezone.utc)
for tz in (ist, pst, timezone.utc):
    local = meeting.astimezone(tz)
    print(f"  {local.isoformat()} {local.tzname()} {local.strftime('%I:%M %p')}")
print("aware equal:", meeting == meeting.astimezone(ist))
print("fromiso:", datetime.fromisoformat("2024-05-06T07:08:09+02:00").utcoffset())
print("combine:", datetime.combine(date(2024, 1, 1), time(23, 59, 30)) + timedelta(seconds=45))
print("timedelta math:", timedelta(days=1, hours=30) // timedelta(hours=6),
      timedelta(weeks=1) / 7, -timedelta(minutes=90), abs(timedelta(hours=-3)))
print(repr(date(2024, 2, 29)), repr(timedelta(days=2, seconds=5)))
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
try:
    datetime.strptime("2024-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)

cal = calendar.TextCalendar(calendar.MONDAY)
print(cal.formatmonth(2024, 2))
print(calendar.month_name[2], calendar.day_abbr[0], list(calendar.Calendar().itermonthdays(2024, 2))[:5])
