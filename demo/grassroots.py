"""Demo grassroots questions (hỏi đáp cơ sở): five topics, fifteen questions from
the communes with their published answers, and three still in the centre's hands
(one to route, one routed and overdue, one answered and waiting for review).
Idempotent: each question is found by its text and left as it is."""

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from accounts.models import User
from accounts.services import create_person
from grassroots.models import Question, Topic
from grassroots.services import programme_of
from lessons.models import LessonPage
from units.models import AdminUnit, TrainingUnit

CENTRE = "Trung tâm Chính trị Chiêm Hóa"
# A commune cadre who is in no class: the questions are open to every cadre.
CADRE = ("canboxa", "Triệu Văn Hải", "0912 888 999")

# Topic, its description, and words of the titles of the lessons that teach it.
TOPICS = [
    (
        "Đất đai, giải phóng mặt bằng",
        "Thu hồi đất, bồi thường, hỗ trợ, tái định cư; giấy chứng nhận; tranh chấp.",
        ["Đường lối phát triển kinh tế"],
    ),
    (
        "Quản lý đảng viên",
        "Sinh hoạt đảng, chuyển sinh hoạt, đảng viên dự bị, miễn sinh hoạt.",
        ["Điều lệ Đảng", "Nguyên tắc tổ chức, hoạt động của Đảng"],
    ),
    (
        "Xây dựng nông thôn mới",
        "Bộ tiêu chí xã nông thôn mới và nông thôn mới nâng cao, OCOP, nguồn lực.",
        ["Đường lối phát triển kinh tế"],
    ),
    (
        "Chính sách xã hội",
        "Hộ nghèo, trợ giúp xã hội, người cao tuổi, người có công.",
        ["quản lý phát triển xã hội"],
    ),
    (
        "Chuyển đổi số cấp xã",
        "Dịch vụ công trực tuyến, định danh điện tử, tổ công nghệ số cộng đồng.",
        ["khoa học và công nghệ"],
    ),
]

# topic index, commune, asker key ("cadre" or "trainee"), anonymous, days ago,
# answered by ("giangvien" or "giangvien2"), question, answer
ANSWERED = [
    (
        0,
        "Xã Hòa An",
        "cadre",
        False,
        40,
        "giangvien2",
        "Nhà nước thu hồi đất nông nghiệp của gia đình tôi để làm đường liên xã. "
        "Gia đình được bồi thường bằng tiền hay có thể đề nghị bồi thường bằng đất "
        "khác?",
        "Theo Luật Đất đai năm 2024, khi Nhà nước thu hồi đất nông nghiệp, người "
        "có đủ điều kiện được bồi thường bằng đất có cùng mục đích sử dụng; nếu "
        "địa phương không có quỹ đất để bồi thường thì được bồi thường bằng tiền "
        "theo giá đất cụ thể do UBND cấp có thẩm quyền quyết định tại thời điểm "
        "phê duyệt phương án. Ngoài bồi thường, hộ trực tiếp sản xuất nông nghiệp "
        "còn được hỗ trợ ổn định đời sống, sản xuất và hỗ trợ đào tạo, chuyển đổi "
        "nghề. Gia đình nên đề nghị bằng văn bản trong thời gian lấy ý kiến về "
        "phương án bồi thường, hỗ trợ, tái định cư do UBND xã niêm yết công khai.",
    ),
    (
        0,
        "Xã Chiêm Hóa",
        "trainee",
        True,
        33,
        "giangvien",
        "Trong thôn có hộ không đồng ý giao đất vì cho rằng giá bồi thường thấp. "
        "Cán bộ thôn nên vận động thế nào cho đúng, tránh làm căng thẳng thêm?",
        "Trước hết phải công khai, minh bạch: niêm yết phương án, giá đất, diện "
        "tích và cách tính cho từng hộ, tổ chức đối thoại để người dân được nói "
        "hết ý kiến. Cán bộ thôn phối hợp Mặt trận, các đoàn thể và người có uy "
        "tín trong dòng họ để gặp riêng từng hộ, lắng nghe lý do cụ thể (giá "
        "đất, chỗ ở mới, việc làm), ghi nhận và báo cáo lên xã những kiến nghị "
        "chính đáng. Không hứa hẹn ngoài chính sách, không gây sức ép. Nếu hộ "
        "vẫn không đồng ý, việc giải quyết thực hiện theo đúng trình tự vận động, "
        "thuyết phục, đối thoại rồi mới đến quyết định kiểm đếm bắt buộc mà pháp "
        "luật quy định.",
    ),
    (
        0,
        "Xã Kim Bình",
        "cadre",
        False,
        20,
        "giangvien2",
        "Đất gia đình tôi sử dụng ổn định từ năm 1998, không có giấy tờ về quyền "
        "sử dụng đất, không tranh chấp. Nay có được cấp giấy chứng nhận không?",
        "Được xem xét cấp. Luật Đất đai năm 2024 cho phép cấp giấy chứng nhận "
        "cho hộ gia đình, cá nhân đang sử dụng đất không có giấy tờ về quyền sử "
        "dụng đất nếu sử dụng ổn định từ trước ngày 01/7/2004, không vi phạm "
        "pháp luật về đất đai, nay được UBND cấp xã xác nhận không có tranh chấp "
        "và phù hợp quy hoạch. Gia đình nộp hồ sơ tại bộ phận một cửa của xã; "
        "tùy diện tích và mục đích sử dụng, có thể phải nộp tiền sử dụng đất "
        "đối với phần đất ở.",
    ),
    (
        1,
        "Xã Chiêm Hóa",
        "trainee",
        False,
        38,
        "giangvien",
        "Đảng viên trong chi bộ tôi đi làm công nhân ở Bình Dương hai năm nay. "
        "Chi bộ phải làm gì để vẫn quản lý được đảng viên này?",
        "Đảng viên đi làm ăn xa phải báo cáo chi bộ và được giới thiệu sinh hoạt "
        "đảng tạm thời ở tổ chức đảng nơi làm việc (nếu nơi đó có tổ chức đảng); "
        "chi bộ nơi cư trú vẫn quản lý hồ sơ và sinh hoạt chính thức. Chi bộ "
        "phân công đảng viên giữ liên lạc, định kỳ đề nghị đảng viên báo cáo bằng "
        "văn bản hoặc qua điện thoại về việc chấp hành nhiệm vụ và đóng đảng phí. "
        "Cuối năm, chi bộ lấy nhận xét của tổ chức đảng nơi đảng viên sinh hoạt "
        "tạm thời để đánh giá, xếp loại.",
    ),
    (
        1,
        "Xã Hòa An",
        "cadre",
        True,
        26,
        "giangvien",
        "Đảng viên dự bị của chi bộ đã đủ 12 tháng nhưng trong thời gian dự bị "
        "có lần vắng sinh hoạt không lý do. Chi bộ có được xét chuyển đảng chính "
        "thức không?",
        "Hết 12 tháng dự bị, chi bộ phải xem xét, biểu quyết đề nghị công nhận "
        "chính thức hoặc đề nghị xóa tên. Việc vắng sinh hoạt một lần không lý "
        "do là khuyết điểm cần được kiểm điểm nghiêm túc, nhưng tự nó không làm "
        "mất tư cách; chi bộ đánh giá toàn diện việc đảng viên dự bị thực hiện "
        "nhiệm vụ đảng viên trong cả thời gian dự bị, dựa trên bản tự kiểm điểm, "
        "nhận xét của đảng viên giúp đỡ và của đoàn thể, nơi cư trú. Nếu chưa đủ "
        "tư cách thì đề nghị cấp ủy có thẩm quyền xóa tên.",
    ),
    (
        1,
        "Xã Kim Bình",
        "trainee",
        False,
        12,
        "giangvien2",
        "Đảng viên tuổi cao, sức khỏe yếu có được miễn sinh hoạt chi bộ không? "
        "Thủ tục thế nào?",
        "Đảng viên tuổi cao, sức khỏe yếu, tự nguyện làm đơn đề nghị miễn công "
        "tác và sinh hoạt đảng; chi bộ xem xét, quyết định và báo cáo đảng ủy cơ "
        "sở. Đảng viên được miễn vẫn được dự sinh hoạt chi bộ khi có điều kiện, "
        "vẫn đóng đảng phí (trừ trường hợp được miễn đóng theo quy định), được "
        "chi bộ thông báo những chủ trương cần thiết và không phải đánh giá, xếp "
        "loại hằng năm.",
    ),
    (
        2,
        "Xã Hòa An",
        "cadre",
        False,
        35,
        "giangvien",
        "Xã đã đạt chuẩn nông thôn mới, nay muốn lên nông thôn mới nâng cao thì "
        "khó nhất là tiêu chí nào và nên bắt đầu từ đâu?",
        "Theo Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn "
        "2021–2025 (Quyết định 318/QĐ-TTg), các tiêu chí thường khó với xã miền "
        "núi là thu nhập, tỷ lệ hộ nghèo đa chiều, môi trường (thu gom, xử lý "
        "chất thải, nước sạch) và chuyển đổi số. Xã nên rà soát lại từng chỉ "
        "tiêu so với chuẩn, chọn 2–3 tiêu chí còn thiếu nhiều nhất để xây dựng "
        "kế hoạch theo năm, lồng ghép nguồn vốn của các chương trình mục tiêu "
        "quốc gia và vận động nhân dân tham gia những việc dân làm được như "
        "đường ngõ xóm, phân loại rác tại hộ.",
    ),
    (
        2,
        "Xã Chiêm Hóa",
        "trainee",
        False,
        22,
        "giangvien2",
        "Hợp tác xã của xã muốn đưa cam sành đăng ký sản phẩm OCOP thì cần điều "
        "kiện gì?",
        "Chủ thể tham gia OCOP có thể là hợp tác xã, doanh nghiệp hoặc hộ sản "
        "xuất có đăng ký kinh doanh. Sản phẩm được đánh giá theo Bộ tiêu chí "
        "OCOP (Quyết định 148/QĐ-TTg năm 2023) ở ba nhóm: sản phẩm và sức mạnh "
        "cộng đồng, khả năng tiếp thị, chất lượng sản phẩm. Hợp tác xã cần "
        "chuẩn bị: nhãn hàng hóa, bao bì, truy xuất nguồn gốc, giấy tờ an toàn "
        "thực phẩm, câu chuyện sản phẩm; rồi đăng ký với UBND xã để được hướng "
        "dẫn, đánh giá và đề nghị cấp huyện (nay là cấp tỉnh) công nhận.",
    ),
    (
        2,
        "Xã Kim Bình",
        "cadre",
        True,
        9,
        "giangvien",
        "Làm đường bê tông thôn theo phương châm Nhà nước và nhân dân cùng làm, "
        "có hộ khó khăn không góp được tiền thì xử lý sao cho công bằng?",
        "Việc huy động đóng góp của nhân dân phải trên tinh thần tự nguyện, bàn "
        "bạc dân chủ theo Luật Thực hiện dân chủ ở cơ sở: thôn tổ chức họp để "
        "người dân bàn và quyết định mức đóng góp, hình thức (tiền, ngày công, "
        "hiến đất, vật liệu) và các trường hợp được giảm, miễn. Hộ nghèo, hộ có "
        "hoàn cảnh đặc biệt khó khăn thường được miễn hoặc góp bằng ngày công. "
        "Kết quả họp phải ghi biên bản, công khai khoản thu, chi để mọi người "
        "giám sát; không được ép buộc hay gắn việc đóng góp với thủ tục hành "
        "chính của hộ.",
    ),
    (
        3,
        "Xã Hòa An",
        "trainee",
        False,
        30,
        "giangvien2",
        "Chuẩn hộ nghèo ở nông thôn hiện nay được xác định thế nào? Hộ có thu "
        "nhập thấp nhưng có xe máy có được xét không?",
        "Chuẩn nghèo đa chiều giai đoạn 2022–2025 (Nghị định 07/2021/NĐ-CP): ở "
        "nông thôn, hộ nghèo là hộ có thu nhập bình quân đầu người một tháng từ "
        "1,5 triệu đồng trở xuống và thiếu hụt từ 3 chỉ số đo lường mức độ "
        "thiếu hụt dịch vụ xã hội cơ bản trở lên (việc làm, y tế, giáo dục, nhà "
        "ở, nước sinh hoạt và vệ sinh, thông tin). Việc có xe máy không tự nó "
        "loại hộ khỏi diện xét; ban rà soát của thôn chấm điểm theo phiếu và "
        "bình xét công khai tại cuộc họp thôn.",
    ),
    (
        3,
        "Xã Chiêm Hóa",
        "cadre",
        False,
        18,
        "giangvien",
        "Bố tôi 76 tuổi, không có lương hưu. Từ năm 2025 có chế độ gì mới cho "
        "người cao tuổi không?",
        "Luật Bảo hiểm xã hội năm 2024 (có hiệu lực từ 01/7/2025) quy định trợ "
        "cấp hưu trí xã hội hằng tháng cho công dân từ đủ 75 tuổi trở lên không "
        "có lương hưu hoặc trợ cấp bảo hiểm xã hội hằng tháng (từ đủ 70 tuổi với "
        "người thuộc hộ nghèo, cận nghèo), kèm thẻ bảo hiểm y tế do ngân sách "
        "đóng. Gia đình làm tờ khai gửi UBND xã để được xem xét, chi trả.",
    ),
    (
        3,
        "Xã Kim Bình",
        "trainee",
        True,
        7,
        "giangvien2",
        "Nhà văn hóa thôn bị hư hỏng sau bão, nhiều hộ bị tốc mái. Xã có chính "
        "sách hỗ trợ gì cho các hộ này?",
        "Hộ có nhà ở bị đổ, sập, trôi, cháy hoàn toàn hoặc hư hỏng nặng do "
        "thiên tai mà không còn nơi ở được xem xét hỗ trợ làm nhà ở, sửa chữa "
        "nhà ở theo chính sách trợ giúp xã hội đột xuất (Nghị định 20/2021/NĐ-CP). "
        "Thôn lập danh sách, UBND xã kiểm tra thực tế và đề nghị cấp có thẩm "
        "quyền quyết định. Ngoài ngân sách, Ủy ban Mặt trận Tổ quốc xã vận động "
        "quỹ cứu trợ và các đoàn thể tổ chức giúp ngày công lợp lại mái nhà. Nhà "
        "văn hóa thôn là công trình công cộng, được sửa chữa bằng ngân sách và "
        "nguồn xã hội hóa.",
    ),
    (
        4,
        "Xã Chiêm Hóa",
        "cadre",
        False,
        28,
        "giangvien",
        "Người cao tuổi trong thôn không dùng điện thoại thông minh thì làm thủ "
        "tục hành chính trực tuyến thế nào?",
        "Dịch vụ công trực tuyến không thay thế hoàn toàn việc nộp trực tiếp: "
        "người dân vẫn được nộp hồ sơ tại bộ phận một cửa của xã. Để giúp người "
        "chưa dùng được điện thoại thông minh, xã giao tổ công nghệ số cộng đồng "
        "ở thôn hướng dẫn tại nhà hoặc tại nhà văn hóa, và bộ phận một cửa bố "
        "trí người hỗ trợ nộp hồ sơ trực tuyến. Người thân trong gia đình cũng "
        "có thể được ủy quyền nộp hồ sơ theo quy định.",
    ),
    (
        4,
        "Xã Hòa An",
        "trainee",
        False,
        15,
        "giangvien2",
        "Tổ công nghệ số cộng đồng ở thôn gồm những ai và làm nhiệm vụ gì?",
        "Tổ công nghệ số cộng đồng thường gồm trưởng thôn hoặc bí thư chi bộ "
        "làm tổ trưởng, công an viên, đoàn viên thanh niên, hội viên các đoàn "
        "thể và người dân có hiểu biết về công nghệ. Tổ hướng dẫn người dân cài "
        "đặt, kích hoạt định danh điện tử VNeID, dùng dịch vụ công trực tuyến, "
        "thanh toán không dùng tiền mặt, nhận biết lừa đảo trên mạng, và phản "
        "ánh khó khăn của người dân lên xã. Việc này gắn với Đề án 06 của Chính "
        "phủ và Nghị quyết 57-NQ/TW về chuyển đổi số.",
    ),
    (
        4,
        "Xã Kim Bình",
        "cadre",
        True,
        5,
        "giangvien",
        "Nhiều người dân nhận được cuộc gọi giả danh công an yêu cầu cài ứng dụng "
        "để cập nhật định danh điện tử. Cán bộ thôn tuyên truyền thế nào?",
        "Cần nói ngắn, nói nhiều lần và bằng ví dụ cụ thể: công an không gọi "
        "điện yêu cầu cài ứng dụng, không gửi đường link để cập nhật định danh "
        "điện tử, không yêu cầu chuyển tiền hay đọc mã OTP. VNeID chỉ tải từ kho "
        "ứng dụng chính thức. Thôn nên nhắc trong các cuộc họp, trên loa truyền "
        "thanh và nhóm Zalo của thôn; khi nghi ngờ, người dân gọi ngay cho công "
        "an xã. Tổ công nghệ số cộng đồng có thể giúp từng hộ kiểm tra lại điện "
        "thoại.",
    ),
]

# topic index, commune, asker key, days ago, state, question, draft answer
OPEN = [
    (
        0,
        "Xã Chiêm Hóa",
        "cadre",
        1,
        Question.Status.NEW,
        "Gia đình tôi hiến đất làm đường thôn, sau này có được ghi nhận hay trừ "
        "vào diện tích trên giấy chứng nhận không?",
        "",
    ),
    (
        3,
        "Xã Hòa An",
        "trainee",
        14,
        Question.Status.ASSIGNED,
        "Con tôi là bộ đội xuất ngũ, về địa phương có được hỗ trợ học nghề không?",
        "",
    ),
    (
        2,
        "Xã Kim Bình",
        "cadre",
        6,
        Question.Status.ANSWERED,
        "Xã có hỗ trợ giống cây cho hộ chuyển đổi từ trồng ngô sang trồng cây ăn "
        "quả không?",
        "Các hộ chuyển đổi cơ cấu cây trồng theo kế hoạch của xã có thể được hỗ "
        "trợ giống, vật tư từ chương trình mục tiêu quốc gia xây dựng nông thôn "
        "mới và chương trình giảm nghèo bền vững. Hộ đăng ký với thôn để được "
        "tổng hợp vào kế hoạch năm sau.",
    ),
]


def _people() -> dict:
    cadre = User.objects.filter(username=CADRE[0]).first() or create_person(
        username=CADRE[0],
        full_name=CADRE[1],
        phone=CADRE[2],
        password=settings.DEMO_PASSWORD,
        position="Công chức Địa chính - Nông nghiệp xã Kim Bình",
    )
    names = ["hocvien", "giangvien", "giangvien2", "quanly"]
    people = {user.username: user for user in User.objects.filter(username__in=names)}
    return {"cadre": cadre, "trainee": people["hocvien"], **people}


def _topics() -> list[Topic]:
    topics = []
    for order, (name, description, lesson_words) in enumerate(TOPICS):
        topic, created = Topic.objects.get_or_create(
            name=name, defaults={"description": description, "order": order}
        )
        if created:
            lessons = LessonPage.objects.none()
            for words in lesson_words:
                lessons |= LessonPage.objects.filter(title__contains=words)
            topic.lessons.set(lessons.distinct())
        topics.append(topic)
    return topics


def _commune(name) -> AdminUnit:
    return (
        AdminUnit.objects.current()
        .filter(name=name, level=AdminUnit.Level.COMMUNE)
        .get()
    )


@transaction.atomic
def seed() -> None:
    centre = TrainingUnit.objects.filter(name=CENTRE).first()
    if centre is None:
        return
    people = _people()
    topics = _topics()
    now = timezone.now()
    for topic, commune, asker, anonymous, days, lecturer, text, answer in ANSWERED:
        asked_at = now - datetime.timedelta(days=days)
        question, created = Question.objects.get_or_create(
            text=text,
            centre=centre,
            defaults={
                "asker": people[asker],
                "anonymous": anonymous,
                "topic": topics[topic],
                "commune": _commune(commune),
                "created_at": asked_at,
                "assigned_to": people[lecturer],
                "routed_at": asked_at + datetime.timedelta(days=1),
                "due_on": (asked_at + datetime.timedelta(days=8)).date(),
                "answer": answer,
                "answered_by": people[lecturer],
                "answered_at": asked_at + datetime.timedelta(days=4),
                "published_by": people["quanly"],
                "published_at": asked_at + datetime.timedelta(days=5),
                "asker_seen_at": asked_at + datetime.timedelta(days=6),
                "status": Question.Status.PUBLISHED,
            },
        )
        if created:
            lessons = list(topics[topic].lessons.all()[:2])
            question.lessons.set(lessons)
            if lessons:
                question.programme = programme_of(lessons[0])
                question.save(update_fields=["programme"])
    for topic, commune, asker, days, status, text, answer in OPEN:
        asked_at = now - datetime.timedelta(days=days)
        routed = status != Question.Status.NEW
        Question.objects.get_or_create(
            text=text,
            centre=centre,
            defaults={
                "asker": people[asker],
                "topic": topics[topic],
                "commune": _commune(commune),
                "created_at": asked_at,
                "status": status,
                "assigned_to": people["giangvien"] if routed else None,
                "routed_at": asked_at + datetime.timedelta(days=1) if routed else None,
                "due_on": (asked_at + datetime.timedelta(days=8)).date()
                if routed
                else None,
                "answer": answer,
                "answered_by": people["giangvien"] if answer else None,
                "answered_at": now if answer else None,
            },
        )
