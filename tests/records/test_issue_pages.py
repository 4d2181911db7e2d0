"""The manager issues credentials from the class page; the trainee finds theirs."""

from records.models import Credential


def test_the_manager_confirms_the_list_and_issues(client, graded):
    client.force_login(graded.manager)
    url = f"/classes/{graded.training_class.pk}/credentials/"
    page = client.get(url).content.decode()
    assert 'value="Hoàng Văn Thắng"' in page
    assert 'value="Giám đốc"' in page  # the head's title as the template writes it
    assert page.count('name="trainees"') == 3  # 4.5 is not eligible
    eligible = [t.pk for t in graded.trainees[:3]]
    response = client.post(
        url,
        {
            "signer_name": "Hoàng Văn Thắng",
            "signer_title": "GIÁM ĐỐC",
            "place_name": "Chiêm Hóa",
            "trainees": eligible[:2],
        },
        follow=True,
    )
    assert "Đã cấp 2 văn bằng, chứng nhận." in response.content.decode()
    assert list(Credential.objects.values_list("register_no", flat=True)) == [1, 2]


def test_an_ineligible_trainee_cannot_be_slipped_in(client, graded):
    client.force_login(graded.manager)
    page = client.post(
        f"/classes/{graded.training_class.pk}/credentials/",
        {
            "signer_name": "A",
            "signer_title": "B",
            "place_name": "C",
            "trainees": [graded.trainees[3].pk],
        },
    ).content.decode()
    assert "Hãy chọn một lựa chọn hợp lệ." in page
    assert not Credential.objects.exists()


def test_the_lecturer_cannot_issue(client, graded):
    client.force_login(graded.lecturer)
    url = f"/classes/{graded.training_class.pk}/credentials/"
    assert client.get(url).status_code == 404


def test_revoke_and_reissue_from_the_credential_page(client, graded):
    from tests.course import issue_all

    credential = issue_all(graded)[0]
    client.force_login(graded.manager)
    page = client.post(
        f"/credentials/{credential.pk}/reissue/", {"reason": ""}, follow=True
    ).content.decode()
    assert "Vui lòng nêu lý do." in page
    response = client.post(
        f"/credentials/{credential.pk}/reissue/",
        {"reason": "Sai ngày sinh"},
        follow=True,
    )
    new = Credential.objects.get(reissue_of=credential)
    assert response.redirect_chain[-1][0] == f"/credentials/{new.pk}/"
    page = client.get(f"/credentials/{credential.pk}/").content.decode()
    assert "Đã thay thế" in page
    assert "Sai ngày sinh" in page


def test_the_demo_trainee_holds_a_credential_linked_from_me(client, demo):
    from accounts.models import User

    client.force_login(User.objects.get(username="hocvien"))
    page = client.get("/me/").content.decode()
    credential = Credential.objects.get(trainee__username="hocvien")
    assert f'href="/verify/{credential.code}/"' in page
    assert f'href="/credentials/{credential.pk}/pdf/"' in page
    assert "Bồi dưỡng nhận thức về Đảng" in page
    pdf = client.get(f"/credentials/{credential.pk}/pdf/")
    assert pdf.content.startswith(b"%PDF-")


def test_a_revoked_credential_is_reissued_from_its_page(client, graded):
    from records.services import revoke_credential
    from tests.course import issue_all

    credential = issue_all(graded)[0]
    revoke_credential(credential, by=graded.manager, reason="Mất bản gốc")
    client.force_login(graded.manager)
    page = client.get(f"/credentials/{credential.pk}/").content.decode()
    assert f'action="/credentials/{credential.pk}/reissue/"' in page
    client.post(f"/credentials/{credential.pk}/reissue/", {"reason": "Cấp lại"})
    new = Credential.objects.get(reissue_of=credential)
    assert (new.status, new.register_no) == ("valid", 4)


def test_a_valid_credential_is_corrected_from_its_page(client, graded):
    from tests.course import issue_all

    credential = issue_all(graded)[0]
    client.force_login(graded.manager)
    page = client.get(f"/credentials/{credential.pk}/").content.decode()
    assert "Sửa và cấp lại" in page
    page = client.post(
        f"/credentials/{credential.pk}/correct/",
        {"holder_name": "Nguyễn Văn Ân", "classification": "good", "reason": ""},
        follow=True,
    ).content.decode()
    assert "Vui lòng nêu lý do." in page
    assert not Credential.objects.filter(reissue_of=credential).exists()
    client.post(
        f"/credentials/{credential.pk}/correct/",
        {
            "holder_name": "Nguyễn Văn Ân",
            "holder_birth_date": "12/05/1990",
            "classification": "good",
            "reason": "Sai họ tên",
        },
    )
    new = Credential.objects.get(reissue_of=credential)
    assert (new.holder_name, f"{new.holder_birth_date:%d/%m/%Y}") == (
        "Nguyễn Văn Ân",
        "12/05/1990",
    )
    assert new.classification == "good"
