from django.urls import path

from classes.views import activation, attendance, classes, enrolment

urlpatterns = [
    path("classes/", classes.class_list, name="class_list"),
    path("classes/new/", classes.edit_class, name="new_class"),
    path("classes/<int:pk>/edit/", classes.edit_class, name="edit_class"),
    path("classes/<int:pk>/timetable/", classes.timetable, name="timetable"),
    path("classes/<int:pk>/sessions/new/", classes.add_session, name="add_session"),
    path(
        "classes/<int:pk>/sessions/<int:session_pk>/edit/",
        classes.add_session,
        name="edit_session",
    ),
    path(
        "classes/<int:pk>/sessions/<int:session_pk>/delete/",
        classes.remove_session,
        name="delete_session",
    ),
    path("classes/<int:pk>/enrol/", enrolment.enrol, name="enrol"),
    path("classes/<int:pk>/roster/", enrolment.roster, name="roster"),
    path(
        "classes/<int:pk>/activation-slips/",
        activation.activation_slips,
        name="activation_slips",
    ),
    path(
        "people/<int:pk>/activation-slip/",
        activation.person_slip,
        name="person_slip",
    ),
    path(
        "classes/<int:pk>/withdraw/<int:enrolment_pk>/",
        enrolment.withdraw,
        name="withdraw",
    ),
    path("classes/<int:pk>/check-in/", attendance.presenter, name="presenter"),
    path(
        "classes/<int:pk>/check-in/<int:session_pk>/qr/",
        attendance.presenter_qr,
        name="presenter_qr",
    ),
    path("check-in/<str:code>/", attendance.self_check_in, name="check_in"),
    path("sessions/<int:pk>/attendance/", attendance.roll_call, name="roll_call"),
    path("teaching/", classes.teaching, name="teaching"),
]
