from django.urls import path

from tests.django_project.crm import views

urlpatterns = [path("", views.home, name="home")]
