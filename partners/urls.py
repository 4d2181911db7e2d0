from django.urls import path

from partners import views

urlpatterns = [
    path("partners/", views.partner_list, name="partner_list"),
    path("partners/<int:pk>/", views.partner_detail, name="partner_detail"),
]
