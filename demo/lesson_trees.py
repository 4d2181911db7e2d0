"""The demo programme pages (DOMAIN.md §3): titles, periods and summaries; the
lessons written out in full name their text file in lesson_content/lessons/."""

from demo.programmes import ELEMENTARY, NEW_MEMBERS

AWARENESS = {
    "programme": "Bồi dưỡng nhận thức về Đảng",
    "intro": "Chương trình theo Hướng dẫn 61-HD/BTGTW: 5 bài, 50 tiết, học trong 5 "
    "ngày, kết thúc bằng bài thu hoạch.",
    "modules": [
        (
            None,
            [
                (
                    "Bài 1. Khái quát lịch sử Đảng Cộng sản Việt Nam",
                    5,
                    "lich-su-dang",
                    "",
                ),
                (
                    "Bài 2. Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ "
                    "nghĩa xã hội",
                    10,
                    None,
                    "Cương lĩnh năm 1991, bổ sung, phát triển năm 2011: mục tiêu, "
                    "phương hướng cơ bản và những mối quan hệ lớn cần giải quyết khi "
                    "xây dựng đất nước.",
                ),
                (
                    "Bài 3. Những nội dung cơ bản của Điều lệ Đảng Cộng sản Việt Nam",
                    5,
                    "dieu-le-dang",
                    "",
                ),
                (
                    "Bài 4. Học tập và làm theo tư tưởng, đạo đức, phong cách "
                    "Hồ Chí Minh",
                    5,
                    None,
                    "Những nội dung cơ bản của tư tưởng, đạo đức, phong cách "
                    "Hồ Chí Minh và cách học tập, làm theo Bác bằng việc làm hằng "
                    "ngày ở cơ sở.",
                ),
                (
                    "Bài 5. Phấn đấu trở thành đảng viên Đảng Cộng sản Việt Nam",
                    5,
                    "phan-dau-vao-dang",
                    "",
                ),
            ],
        )
    ],
}

NEW_MEMBER_SUMMARIES = [
    "Vì sao chủ nghĩa Mác - Lênin và tư tưởng Hồ Chí Minh là nền tảng tư tưởng của "
    "Đảng, và ý nghĩa của điều đó với người đảng viên mới.",
    "Con đường độc lập dân tộc gắn liền với chủ nghĩa xã hội: lựa chọn của Đảng, "
    "của Chủ tịch Hồ Chí Minh và của nhân dân ta.",
    "",
    "Những định hướng lớn về phát triển kinh tế - xã hội nhanh và bền vững.",
    "Giáo dục, khoa học, văn hóa, con người, môi trường: những nền tảng của phát "
    "triển lâu dài.",
    "Quốc phòng toàn dân, an ninh nhân dân và vai trò của mỗi người ở cơ sở.",
    "Đường lối đối ngoại độc lập, tự chủ, đa phương hóa, đa dạng hóa.",
    "",
    "Những nhiệm vụ xây dựng, chỉnh đốn Đảng về chính trị, tư tưởng, đạo đức, tổ "
    "chức và cán bộ.",
    "",
]
NEW_MEMBER_TEXTS = {
    2: "dai-doan-ket",
    7: "nguyen-tac-to-chuc-dang",
    9: "ren-luyen-dang-vien",
}


def _topic(index: int) -> tuple:
    title = f"Chuyên đề {index + 1}. {NEW_MEMBERS[index]}"
    return (title, 5, NEW_MEMBER_TEXTS.get(index), NEW_MEMBER_SUMMARIES[index])


NEW_MEMBERS_TREE = {
    "programme": "Lý luận chính trị dành cho đảng viên mới",
    "intro": "Chương trình theo Hướng dẫn 60-HD/BTGTW: 10 chuyên đề cho đảng viên dự "
    "bị. Cuối khóa, mỗi học viên viết kế hoạch phấn đấu trở thành đảng viên chính "
    "thức.",
    "modules": [
        ("Phần 1. Nền tảng tư tưởng và con đường đi lên", [_topic(0), _topic(1)]),
        ("Phần 2. Xây dựng và bảo vệ đất nước", [_topic(i) for i in range(2, 7)]),
        (
            "Phần 3. Xây dựng Đảng và rèn luyện đảng viên",
            [_topic(i) for i in range(7, 10)],
        ),
        (
            "Chuyên đề bổ sung",
            [
                (
                    "Kết luận 66-KL/TW: trung tâm chính trị và việc học của cán bộ "
                    "cơ sở",
                    5,
                    "ket-luan-66",
                    "Ban Bí thư tổng kết mười năm hoạt động của trung tâm chính trị "
                    "cấp huyện và đặt ra nhiệm vụ mới. Đọc từng đoạn của Kết luận, kèm "
                    "lời giải thích dễ hiểu.",
                )
            ],
        ),
    ],
}

ELEMENTARY_PARTS = [
    (
        "Phần I. Những vấn đề cơ bản của chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh",
        0,
        7,
    ),
    ("Phần II. Đường lối cách mạng của Đảng Cộng sản Việt Nam", 7, 15),
    ("Phần III. Lịch sử Đảng Cộng sản Việt Nam", 15, 18),
]


ELEMENTARY_SUMMARIES = [
    "Vì sao Đảng lấy chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh làm nền tảng tư "
    "tưởng và kim chỉ nam cho hành động.",
    "Thế giới quanh ta là thế giới vật chất; ý thức của con người phản ánh thế giới "
    "ấy và có thể tác động trở lại.",
    "Mọi sự vật đều liên hệ với nhau và luôn vận động, phát triển: cách nhìn giúp "
    "giải quyết công việc thực tế.",
    "Sản xuất vật chất là nền tảng của đời sống xã hội; xã hội phát triển qua các "
    "hình thái kinh tế - xã hội.",
    "Hàng hóa, tiền tệ, thị trường và quy luật giá trị, giải thích bằng những ví dụ "
    "gần với đời sống nông thôn.",
    "Chủ nghĩa tư bản ra đời, phát triển thế nào, và những mâu thuẫn của nó.",
    "Chủ nghĩa xã hội và chủ nghĩa cộng sản: mục tiêu và những đặc trưng cơ bản.",
    "Con đường cách mạng giải phóng dân tộc ở Việt Nam dưới sự lãnh đạo của Đảng.",
    "Những đặc trưng của chủ nghĩa xã hội ở Việt Nam và con đường quá độ.",
    "Công nghiệp hóa, hiện đại hóa gắn với phát triển kinh tế tri thức và nông "
    "nghiệp, nông thôn.",
    "Kinh tế thị trường định hướng xã hội chủ nghĩa: nhiều hình thức sở hữu, nhiều "
    "thành phần kinh tế, Nhà nước quản lý.",
    "Xây dựng con người Việt Nam, phát triển văn hóa, giáo dục, y tế và bảo đảm an "
    "sinh xã hội.",
    "Các giai cấp, tầng lớp trong xã hội; phát huy dân chủ và khối đại đoàn kết "
    "toàn dân tộc.",
    "Đảng lãnh đạo, Nhà nước quản lý, Mặt trận và các đoàn thể: hệ thống chính trị "
    "từ Trung ương đến cơ sở.",
    "Bảo vệ Tổ quốc, giữ vững an ninh, mở rộng quan hệ đối ngoại trong tình hình mới.",
    "Đảng ra đời năm 1930 và lãnh đạo Cách mạng Tháng Tám năm 1945 thành công.",
    "Kháng chiến chống thực dân Pháp, chống đế quốc Mỹ và xây dựng chủ nghĩa xã hội "
    "ở miền Bắc.",
    "Thống nhất đất nước, công cuộc đổi mới từ năm 1986 và những thành tựu lớn.",
]


def _elementary_lesson(index: int) -> tuple:
    title = f"Bài {index + 1}. {ELEMENTARY[index]}"
    return (title, 12, None, ELEMENTARY_SUMMARIES[index])


ELEMENTARY_TREE = {
    "programme": "Sơ cấp lý luận chính trị",
    "intro": "Chương trình 18 bài theo Hướng dẫn 65-HD/BTGTW, khoảng 295 tiết, cấp "
    "bằng tốt nghiệp sơ cấp lý luận chính trị.",
    "modules": [
        (name, [_elementary_lesson(i) for i in range(start, end)])
        for name, start, end in ELEMENTARY_PARTS
    ],
}

TREES = [AWARENESS, NEW_MEMBERS_TREE, ELEMENTARY_TREE]
