from django.urls import path

from quizzes.views import attempts, inline, marking, overrides

app_name = "quizzes"
urlpatterns = [
    path("", attempts.index, name="index"),
    path("attempt/<int:pk>/", attempts.attempt, name="attempt"),
    path("attempt/<int:pk>/save/", attempts.save, name="save"),
    path("attempt/<int:pk>/session/", attempts.session, name="session"),
    path("attempt/<int:pk>/submit/", attempts.submit, name="submit"),
    path("attempt/<int:pk>/check/<int:question_id>/", attempts.check, name="check"),
    path("attempt/<int:pk>/review/", attempts.review_page, name="review"),
    path("inline/<int:quiz_id>/check/", inline.check, name="inline_check"),
    path("inline/<int:quiz_id>/solution/", inline.solution, name="inline_solution"),
    path("marking/", marking.queue, name="marking"),
    path("marking/<int:question_id>/", marking.question, name="marking_question"),
    path("marking/answer/<int:pk>/", marking.mark, name="mark_answer"),
    path("overrides/", overrides.index, name="overrides"),
    path("overrides/<int:pk>/", overrides.class_page, name="class_overrides"),
    path("<slug:slug>/", attempts.quiz, name="quiz"),
    path("<slug:slug>/start/", attempts.start, name="start"),
]
