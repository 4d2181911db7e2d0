from django.urls import path

from units import people_views

urlpatterns = [
    path("people/retention/", people_views.retention, name="retention"),
    path(
        "people/<int:pk>/deactivate/",
        people_views.deactivate_person,
        name="deactivate_person",
    ),
]
