"""Demo bank: "Bồi dưỡng nhận thức về Đảng" (HD 61-HD/BTGTW), by lesson."""
# ruff: noqa: E501  (question texts are data; breaking them hurts proofreading)

from demo.quiz_builders import (
    drag,
    essay,
    fill,
    matching,
    multiple,
    numeric,
    ordering,
    single,
    true_false,
)

HISTORY = [
    single(
        "Ngày thành lập Đảng",
        "Đảng Cộng sản Việt Nam được thành lập ngày, tháng, năm nào?",
        "3/2/1930",
        ["19/5/1930", "2/9/1945", "19/8/1945"],
        feedback="Đúng. Hội nghị hợp nhất các tổ chức cộng sản do Nguyễn Ái Quốc chủ trì.",
        explanation="Hội nghị thành lập Đảng họp đầu năm 1930 tại Hương Cảng (Trung Quốc); "
        "ngày 3/2 được lấy làm ngày thành lập Đảng.",
    ),
    single(
        "Người chủ trì Hội nghị thành lập Đảng",
        "Ai chủ trì Hội nghị hợp nhất các tổ chức cộng sản, thành lập Đảng năm 1930?",
        "Nguyễn Ái Quốc",
        ["Trần Phú", "Lê Hồng Phong", "Hà Huy Tập"],
    ),
    single(
        "Tổng Bí thư đầu tiên",
        "Tổng Bí thư đầu tiên của Đảng là đồng chí nào?",
        "Trần Phú",
        ["Lê Duẩn", "Trường Chinh", "Nguyễn Văn Cừ"],
        explanation="Hội nghị Ban Chấp hành Trung ương lần thứ nhất (10/1930) bầu đồng "
        "chí Trần Phú làm Tổng Bí thư.",
    ),
    matching(
        "Đại hội và dấu mốc",
        "Ghép mỗi Đại hội đại biểu toàn quốc của Đảng với dấu mốc tương ứng.",
        [
            ("Đại hội II (1951)", "Đổi tên thành Đảng Lao động Việt Nam"),
            ("Đại hội IV (1976)", "Đổi tên thành Đảng Cộng sản Việt Nam"),
            ("Đại hội VI (1986)", "Khởi xướng đường lối đổi mới toàn diện"),
            ("Đại hội VII (1991)", "Thông qua Cương lĩnh xây dựng đất nước"),
        ],
    ),
    ordering(
        "Thứ tự các sự kiện lịch sử",
        "Sắp xếp các sự kiện sau theo đúng trình tự thời gian.",
        [
            "Thành lập Đảng Cộng sản Việt Nam (1930)",
            "Cách mạng Tháng Tám thành công (1945)",
            "Chiến thắng Điện Biên Phủ (1954)",
            "Giải phóng hoàn toàn miền Nam, thống nhất đất nước (1975)",
            "Đại hội VI khởi xướng công cuộc đổi mới (1986)",
        ],
    ),
    true_false(
        "Đại hội II ở Chiêm Hóa",
        "Đại hội đại biểu toàn quốc lần thứ II của Đảng (tháng 2/1951) họp tại xã "
        "Vinh Quang, huyện Chiêm Hóa, tỉnh Tuyên Quang.",
        True,
        explanation="Đây là niềm tự hào của Đảng bộ và nhân dân Chiêm Hóa.",
    ),
    numeric(
        "Năm Chiến thắng Điện Biên Phủ",
        'Chiến thắng Điện Biên Phủ "lừng lẫy năm châu, chấn động địa cầu" diễn ra '
        "vào năm nào?",
        1954,
        explanation="Ngày 7/5/1954.",
    ),
]

PLATFORM = [
    single(
        "Cương lĩnh năm 1991",
        "Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội được "
        "thông qua tại Đại hội nào?",
        "Đại hội VII (1991)",
        ["Đại hội VI (1986)", "Đại hội VIII (1996)", "Đại hội XI (2011)"],
        explanation="Đại hội XI (2011) thông qua Cương lĩnh (bổ sung, phát triển năm 2011).",
    ),
    multiple(
        "Hệ thống chính trị",
        "Hệ thống chính trị ở nước ta gồm những thành phần nào?",
        [
            "Đảng Cộng sản Việt Nam",
            "Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam",
            "Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội",
        ],
        ["Các doanh nghiệp", "Các hội nghề nghiệp quốc tế"],
    ),
    single(
        "Mô hình kinh tế tổng quát",
        "Mô hình kinh tế tổng quát trong thời kỳ quá độ lên chủ nghĩa xã hội ở nước ta là gì?",
        "Kinh tế thị trường định hướng xã hội chủ nghĩa",
        [
            "Kinh tế kế hoạch hóa tập trung",
            "Kinh tế tự cung tự cấp",
            "Kinh tế thị trường tự do",
        ],
    ),
    fill(
        "Phương châm phát huy dân chủ",
        'Phương châm phát huy quyền làm chủ của nhân dân: "Dân biết, dân bàn, dân '
        '[[1]], dân kiểm tra, dân giám sát, dân thụ hưởng".',
        [["làm"]],
    ),
]

STATUTE = [
    drag(
        "Bản chất của Đảng",
        "Đảng Cộng sản Việt Nam là đội tiên phong của giai cấp [[1]], đồng thời là "
        "đội tiên phong của nhân dân lao động và của [[2]] Việt Nam.",
        ["công nhân", "dân tộc"],
        ["nông dân", "trí thức"],
    ),
    fill(
        "Nguyên tắc tổ chức cơ bản",
        "Đảng tổ chức theo nguyên tắc [[1]].",
        [["tập trung dân chủ"]],
        explanation="Tập trung dân chủ là nguyên tắc tổ chức cơ bản của Đảng.",
    ),
    numeric(
        "Thời gian dự bị",
        "Người được kết nạp vào Đảng phải trải qua thời kỳ dự bị bao nhiêu tháng?",
        12,
    ),
    true_false(
        "Quyền của đảng viên dự bị",
        "Đảng viên dự bị có quyền biểu quyết, ứng cử và bầu cử cơ quan lãnh đạo của Đảng.",
        False,
        explanation="Đảng viên dự bị có nhiệm vụ và quyền như đảng viên chính thức, trừ "
        "quyền biểu quyết, ứng cử và bầu cử cơ quan lãnh đạo của Đảng.",
    ),
    true_false(
        "Sinh hoạt chi bộ",
        "Chi bộ sinh hoạt thường kỳ mỗi tháng một lần.",
        True,
    ),
    multiple(
        "Hình thức kỷ luật đảng viên chính thức",
        "Những hình thức kỷ luật nào áp dụng với đảng viên chính thức?",
        ["Khiển trách", "Cảnh cáo", "Cách chức", "Khai trừ"],
        ["Hạ bậc lương", "Buộc thôi việc"],
        explanation="Hạ bậc lương, buộc thôi việc là hình thức kỷ luật cán bộ, công chức, "
        "không phải kỷ luật đảng.",
    ),
    numeric(
        "Số đảng viên giới thiệu",
        "Người vào Đảng cần bao nhiêu đảng viên chính thức giới thiệu?",
        2,
    ),
]

HO_CHI_MINH = [
    single(
        "Quê hương Chủ tịch Hồ Chí Minh",
        "Chủ tịch Hồ Chí Minh sinh ngày 19/5/1890 tại đâu?",
        "Làng Kim Liên, huyện Nam Đàn, tỉnh Nghệ An",
        ["Thành phố Huế", "Pác Bó, Cao Bằng", "Tân Trào, Tuyên Quang"],
    ),
    fill(
        "Phẩm chất đạo đức cách mạng",
        "Phẩm chất đạo đức cách mạng theo Bác Hồ: cần, kiệm, liêm, [[1]], chí công vô tư.",
        [["chính"]],
    ),
    single(
        "Chỉ thị 05-CT/TW",
        "Chỉ thị 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về nội dung gì?",
        "Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        [
            "Tăng cường công tác kiểm tra, giám sát",
            "Đổi mới công tác tuyển sinh đại học",
            "Phát triển kinh tế tập thể",
        ],
    ),
    true_false(
        "Bến Nhà Rồng",
        "Ngày 5/6/1911, người thanh niên Nguyễn Tất Thành rời bến Nhà Rồng ra đi tìm "
        "đường cứu nước.",
        True,
    ),
    essay(
        "Liên hệ bản thân: làm theo Bác",
        "Anh (chị) hãy nêu ba việc làm cụ thể của bản thân để học tập và làm theo tư "
        "tưởng, đạo đức, phong cách Hồ Chí Minh ở nơi công tác hoặc nơi cư trú.",
        "Nêu đủ ba việc làm cụ thể, gắn với nơi công tác hoặc cư trú (6 điểm); "
        "liên hệ đúng nội dung tư tưởng, đạo đức, phong cách Hồ Chí Minh (3 điểm); "
        "trình bày rõ ràng (1 điểm).",
        min_words=80,
        max_words=600,
    ),
]

STRIVING = [
    essay(
        "Kế hoạch phấn đấu vào Đảng",
        "Trình bày kế hoạch phấn đấu, rèn luyện của bản thân để trở thành đảng viên "
        "Đảng Cộng sản Việt Nam.",
        "Nhận thức đúng về Đảng và tiêu chuẩn đảng viên (4 điểm); mục tiêu và biện pháp "
        "cụ thể, khả thi (4 điểm); trình bày mạch lạc (2 điểm).",
        min_words=150,
        max_words=1000,
    ),
    single(
        "Tuổi đời vào Đảng",
        "Theo Điều lệ Đảng, người vào Đảng phải từ đủ bao nhiêu tuổi?",
        "18 tuổi",
        ["16 tuổi", "20 tuổi", "21 tuổi"],
    ),
]

# (category name, module order in the programme version, questions)
BANK = [
    ("Nhận thức về Đảng — Bài 1: Lịch sử Đảng", 1, HISTORY),
    ("Nhận thức về Đảng — Bài 2: Cương lĩnh", 2, PLATFORM),
    ("Nhận thức về Đảng — Bài 3: Điều lệ Đảng", 3, STATUTE),
    ("Nhận thức về Đảng — Bài 4: Tư tưởng Hồ Chí Minh", 4, HO_CHI_MINH),
    ("Nhận thức về Đảng — Bài 5: Phấn đấu vào Đảng", 5, STRIVING),
]
