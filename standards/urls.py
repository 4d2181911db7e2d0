from django.urls import path

from standards.views import assessments, criteria, review

app_name = "standards"

urlpatterns = [
    path("", assessments.index, name="index"),
    path("assessments/<int:pk>/", assessments.assessment, name="assessment"),
    path(
        "assessments/<int:pk>/criteria/<int:criterion_id>/",
        assessments.answer,
        name="answer",
    ),
    path(
        "assessments/<int:pk>/criteria/<int:criterion_id>/review/",
        review.review,
        name="review",
    ),
    path("assessments/<int:pk>/submit/", assessments.submit, name="submit"),
    path("assessments/<int:pk>/return/", review.return_to_centre, name="return"),
    path("assessments/<int:pk>/conclude/", review.conclude, name="conclude"),
    path("evidence/<int:pk>/", assessments.evidence, name="evidence"),
    path(
        "evidence/<int:pk>/delete/",
        assessments.delete_evidence,
        name="delete_evidence",
    ),
    path("province/", review.province, name="province"),
    path("criteria/", criteria.criteria_sets, name="criteria_sets"),
    path("criteria/<int:pk>/", criteria.criteria_set, name="criteria_set"),
    path("criteria/<int:pk>/new/", criteria.new_criterion, name="new_criterion"),
    path(
        "criteria/<int:pk>/<int:criterion_id>/",
        criteria.edit_criterion,
        name="edit_criterion",
    ),
    path(
        "criteria/<int:pk>/<int:criterion_id>/delete/",
        criteria.delete_criterion,
        name="delete_criterion",
    ),
    path("criteria/<int:pk>/publish/", criteria.publish, name="publish_set"),
]
