"""Attendance figures count only the sessions held (classes.attendance_figures)."""

import datetime

from hypothesis import given
from hypothesis import strategies as st

from classes.attendance_figures import (
    AttendanceFigures,
    SessionMark,
    attendance_figures,
)
from classes.models import Attendance
from classes.policy import ATTENDED, MISSED

TODAY = datetime.date(2026, 12, 7)
DAY = datetime.timedelta(days=1)


def test_only_held_sessions_count_and_unrecorded_ones_are_named():
    marks = [
        *[SessionMark(5, TODAY - 20 * DAY, True, "present")] * 5,
        *[SessionMark(5, TODAY - 10 * DAY, True, "absent")] * 2,
        SessionMark(5, TODAY - 9 * DAY, True, "excused"),
        SessionMark(5, TODAY - 2 * DAY, False, None),  # held, roll never taken
        SessionMark(5, TODAY, False, None),  # today, roll not taken yet
        SessionMark(5, TODAY + DAY, True, "excused"),  # notice given ahead
        SessionMark(5, TODAY + 2 * DAY, False, None),
    ]

    figures = attendance_figures(marks, TODAY)

    assert figures == AttendanceFigures(
        total=60, held=45, attended=25, absent=15, unrecorded=5
    )


def test_today_counts_once_the_roll_is_taken():
    taken = [SessionMark(4, TODAY, True, None), SessionMark(3, TODAY, True, "late")]

    assert attendance_figures(taken, TODAY) == AttendanceFigures(7, 7, 3, 0, 4)


def test_the_statuses_are_the_models():
    from classes import attendance_figures as module

    assert set(module.ATTENDED) == {str(s) for s in ATTENDED}
    assert set(module.ABSENT) == {str(s) for s in MISSED}
    assert set(Attendance.Status.values) == module.ATTENDED | module.ABSENT


marks = st.builds(
    SessionMark,
    st.integers(0, 8),
    st.dates(TODAY - 60 * DAY, TODAY + 60 * DAY),
    st.booleans(),
    st.sampled_from([None, *Attendance.Status.values]),
)


@given(st.lists(marks, max_size=30))
def test_held_periods_split_into_attended_absent_and_unrecorded(sessions):
    figures = attendance_figures(sessions, TODAY)

    assert figures.attended + figures.absent + figures.unrecorded == figures.held
    assert 0 <= figures.held <= figures.total
    assert min(figures.attended, figures.absent, figures.unrecorded) >= 0
    assert figures.held == sum(s.periods for s in sessions if s.date < TODAY) + sum(
        s.periods for s in sessions if s.date == TODAY and s.roll_taken
    )
