from django.urls import path

from records.views import (
    class_page,
    credential_batch,
    credentials,
    grades,
    reports,
    trainee,
    verify,
)

urlpatterns = [
    path("classes/<int:pk>/", class_page.class_detail, name="class_detail"),
    path("classes/<int:pk>/gradebook/", grades.gradebook, name="gradebook"),
    path("classes/<int:pk>/results.xlsx", grades.results_xlsx, name="results_xlsx"),
    path(
        "classes/<int:pk>/assessments/new/",
        grades.new_assessment,
        name="new_assessment",
    ),
    path("classes/<int:pk>/report/", reports.class_report, name="class_report"),
    path("classes/<int:pk>/me/", trainee.standing, name="standing"),
    path(
        "classes/<int:pk>/trainees/<int:trainee_id>/",
        trainee.standing,
        name="trainee_standing",
    ),
    path("classes/<int:pk>/credentials/", credentials.issue, name="issue"),
    path(
        "classes/<int:pk>/credentials.pdf",
        credential_batch.class_credentials_pdf,
        name="class_credentials_pdf",
    ),
    path(
        "classes/<int:pk>/register.pdf",
        credential_batch.class_register_pdf,
        name="class_register_pdf",
    ),
    path(
        "classes/<int:pk>/register.xlsx",
        credential_batch.class_register_xlsx,
        name="class_register_xlsx",
    ),
    path("assessments/<int:pk>/", grades.assessment, name="assessment"),
    path("assessments/<int:pk>/grade/<int:trainee_id>/", grades.grade, name="grade"),
    path("assessments/<int:pk>/hand-in/", trainee.hand_in, name="hand_in"),
    path("results/<int:pk>/file/", trainee.result_file, name="result_file"),
    path("credentials/<int:pk>/", credentials.credential, name="credential"),
    path(
        "credentials/<int:pk>/correct/", credentials.correct, name="correct_credential"
    ),
    path(
        "credentials/<int:pk>/pdf/",
        credentials.credential_pdf_view,
        name="credential_pdf",
    ),
    path("credentials/<int:pk>/revoke/", credentials.revoke, name="revoke"),
    path("credentials/<int:pk>/reissue/", credentials.reissue, name="reissue"),
    path("reports/", reports.dashboard, name="dashboard"),
    path("reports/province/", reports.province, name="province_report"),
    path("reports/register.xlsx", reports.register_xlsx, name="register_xlsx"),
    path("verify/", verify.verify, name="verify"),
    path("verify/<str:code>/", verify.verify_code, name="verify_code"),
]
