from django.apps import AppConfig


class CrmConfig(AppConfig):
    name = "tests.django_project.crm"
    label = "crm"
    default_auto_field = "django.db.models.BigAutoField"
