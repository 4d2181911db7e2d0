from django.urls import path

from lecturers import views

urlpatterns = [
    path("lecturers/", views.lecturer_list, name="lecturer_list"),
    path("lecturers/<int:pk>/", views.lecturer_detail, name="lecturer_detail"),
    path("lecturers/load/", views.teaching_load, name="teaching_load"),
    path("lecturers/load.xlsx", views.teaching_load_xlsx, name="teaching_load_xlsx"),
    path("lecturers/standard/", views.lecturer_check, name="lecturer_check"),
]
