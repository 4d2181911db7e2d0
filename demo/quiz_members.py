"""Demo banks: new party members (HD 60) and elementary theory (HD 65)."""
# ruff: noqa: E501  (question texts are data; breaking them hurts proofreading)

from demo.quiz_builders import fill, matching, multiple, numeric, single, true_false

NEW_MEMBERS = [
    single(
        "Nền tảng tư tưởng của Đảng",
        "Đảng lấy gì làm nền tảng tư tưởng, kim chỉ nam cho hành động?",
        "Chủ nghĩa Mác-Lênin và tư tưởng Hồ Chí Minh",
        ["Chủ nghĩa Mác-Lênin", "Tư tưởng Hồ Chí Minh", "Các nghị quyết của Đảng"],
    ),
    true_false(
        "Độc lập dân tộc và chủ nghĩa xã hội",
        "Độc lập dân tộc gắn liền với chủ nghĩa xã hội là mục tiêu xuyên suốt của cách "
        "mạng Việt Nam.",
        True,
    ),
    multiple(
        "Nhiệm vụ của đảng viên dự bị",
        "Trong năm dự bị, đảng viên cần làm những việc nào?",
        [
            "Học lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới",
            "Thực hiện nhiệm vụ đảng viên, giữ gìn tư cách đảng viên",
            "Báo cáo với chi bộ về quá trình rèn luyện, phấn đấu",
        ],
        ["Được miễn sinh hoạt chi bộ"],
    ),
    single(
        "Hạt nhân chính trị ở cơ sở",
        "Tổ chức nào là nền tảng của Đảng, hạt nhân chính trị ở cơ sở?",
        "Tổ chức cơ sở đảng (chi bộ cơ sở, đảng bộ cơ sở)",
        ["Ủy ban nhân dân xã", "Mặt trận Tổ quốc xã", "Hội đồng nhân dân xã"],
    ),
    numeric(
        "Số đảng viên tối thiểu của chi bộ",
        "Nơi có từ bao nhiêu đảng viên chính thức trở lên thì được lập tổ chức cơ sở đảng?",
        3,
    ),
    fill(
        "Xây dựng, chỉnh đốn Đảng",
        "Nghị quyết Trung ương 4 khóa XII về tăng cường xây dựng, chỉnh đốn Đảng; ngăn "
        "chặn, đẩy lùi sự [[1]] về tư tưởng chính trị, đạo đức, lối sống, những biểu "
        'hiện "tự diễn biến", "tự chuyển hóa" trong nội bộ.',
        [["suy thoái"]],
    ),
    matching(
        "Nội dung học tập của đảng viên mới",
        "Ghép chuyên đề với nội dung chính.",
        [
            ("Chuyên đề 6", "Quốc phòng, an ninh, bảo vệ Tổ quốc"),
            ("Chuyên đề 7", "Chủ động và tích cực hội nhập quốc tế"),
            ("Chuyên đề 8", "Nguyên tắc tổ chức, hoạt động của Đảng"),
        ],
        extra=["Phát triển kinh tế tư nhân"],
    ),
]

ELEMENTARY = [
    single(
        "Ba bộ phận của chủ nghĩa Mác-Lênin",
        "Chủ nghĩa Mác-Lênin gồm ba bộ phận lý luận cơ bản nào?",
        "Triết học, kinh tế chính trị, chủ nghĩa xã hội khoa học",
        [
            "Triết học, sử học, văn học",
            "Kinh tế học, luật học, xã hội học",
            "Triết học, chính trị học, tâm lý học",
        ],
    ),
    single(
        "Hai thuộc tính của hàng hóa",
        "Hàng hóa có hai thuộc tính nào?",
        "Giá trị sử dụng và giá trị",
        ["Giá cả và lợi nhuận", "Cung và cầu", "Chất lượng và số lượng"],
    ),
    true_false(
        "Công nghiệp hóa",
        "Công nghiệp hóa, hiện đại hóa là nhiệm vụ trung tâm trong thời kỳ quá độ lên "
        "chủ nghĩa xã hội ở nước ta.",
        True,
    ),
    numeric(
        "Năm Cách mạng Tháng Tám",
        "Cách mạng Tháng Tám thành công vào năm nào?",
        1945,
    ),
    single(
        "Tuyên ngôn độc lập",
        "Chủ tịch Hồ Chí Minh đọc Tuyên ngôn độc lập, khai sinh nước Việt Nam Dân chủ "
        "Cộng hòa vào ngày nào?",
        "2/9/1945",
        ["19/8/1945", "3/2/1930", "30/4/1975"],
    ),
    multiple(
        "Sức mạnh đại đoàn kết",
        "Khối đại đoàn kết toàn dân tộc dựa trên nền tảng liên minh giữa những lực lượng nào?",
        ["Giai cấp công nhân", "Giai cấp nông dân", "Đội ngũ trí thức"],
        ["Các tập đoàn nước ngoài"],
    ),
    true_false(
        "Đổi tên Đảng năm 1976",
        "Đại hội IV (tháng 12/1976) quyết định đổi tên Đảng Lao động Việt Nam thành "
        "Đảng Cộng sản Việt Nam.",
        True,
    ),
    single(
        "Quốc phòng toàn dân",
        "Nền quốc phòng của nước ta là nền quốc phòng như thế nào?",
        "Nền quốc phòng toàn dân",
        [
            "Nền quốc phòng chuyên nghiệp thuần túy",
            "Nền quốc phòng dựa vào liên minh quân sự",
            "Nền quốc phòng chỉ của lực lượng vũ trang",
        ],
    ),
    numeric(
        "Năm giải phóng miền Nam",
        "Chiến dịch Hồ Chí Minh toàn thắng, giải phóng hoàn toàn miền Nam vào năm nào?",
        1975,
    ),
    fill(
        "Câu nói bất hủ",
        'Chủ tịch Hồ Chí Minh khẳng định: "Không có gì quý hơn [[1]], tự do".',
        [["độc lập"]],
    ),
]

BANK = [
    ("Đảng viên mới — Các chuyên đề", None, NEW_MEMBERS),
    ("Sơ cấp lý luận chính trị — Ôn tập", None, ELEMENTARY),
]
