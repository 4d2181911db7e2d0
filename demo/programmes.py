"""Demo programmes with their real structures (DOMAIN.md §2–3)."""

from decimal import Decimal

from programmes.models import Programme, ProgrammeModule, ProgrammeVersion

PARTY_AWARENESS = [
    ("Khái quát lịch sử Đảng Cộng sản Việt Nam", 5),
    ("Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội", 10),
    ("Những nội dung cơ bản của Điều lệ Đảng Cộng sản Việt Nam", 5),
    ("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", 5),
    ("Phấn đấu trở thành đảng viên Đảng Cộng sản Việt Nam", 5),
    ("Trao đổi, thảo luận", 5),
    ("Tham quan hoặc báo cáo chuyên đề mới", 5),
    ("Hệ thống, giải đáp thắc mắc", 5),
    ("Viết bài thu hoạch, tổng kết", 5),
]
NEW_MEMBERS = [
    "Chủ nghĩa Mác-Lênin, tư tưởng Hồ Chí Minh – nền tảng tư tưởng, kim chỉ nam cho "
    "hành động của Đảng và cách mạng Việt Nam",
    "Độc lập dân tộc gắn liền với CNXH và con đường đi lên CNXH ở Việt Nam",
    "Phát huy sức mạnh đại đoàn kết toàn dân tộc, dân chủ XHCN, xây dựng và hoàn thiện "
    "Nhà nước pháp quyền XHCN",
    "Đường lối phát triển kinh tế – xã hội của Đảng",
    "Phát triển giáo dục và đào tạo, khoa học và công nghệ; xây dựng và phát triển văn "
    "hóa, con người Việt Nam; bảo vệ môi trường và quản lý phát triển xã hội",
    "Tăng cường quốc phòng, an ninh, bảo vệ vững chắc Tổ quốc, giữ vững môi trường hòa "
    "bình, bảo đảm ổn định chính trị, trật tự, an toàn xã hội",
    "Chủ động và tích cực hội nhập quốc tế",
    "Nguyên tắc tổ chức, hoạt động của Đảng và công tác xây dựng Đảng ở cơ sở",
    "Tăng cường xây dựng, chỉnh đốn Đảng",
    "Phấn đấu, rèn luyện để xứng đáng là đảng viên Đảng Cộng sản Việt Nam",
]
ELEMENTARY = [
    "Chủ nghĩa Mác-Lênin, tư tưởng Hồ Chí Minh – nền tảng tư tưởng và kim chỉ nam cho "
    "hành động cách mạng của Đảng",
    "Nguồn gốc và bản chất của thế giới xung quanh",
    "Mối quan hệ và sự phát triển của các sự vật, hiện tượng trong thế giới",
    "Xã hội loài người và sự vận động, phát triển của xã hội loài người",
    "Kinh tế hàng hóa",
    "Chủ nghĩa tư bản và các giai đoạn phát triển của nó",
    "Hình thái kinh tế – xã hội cộng sản chủ nghĩa",
    "Cách mạng giải phóng dân tộc ở Việt Nam",
    "Chủ nghĩa xã hội và quá độ lên chủ nghĩa xã hội ở Việt Nam",
    "Công nghiệp hóa – nhiệm vụ trung tâm của thời kỳ quá độ lên CNXH ở Việt Nam",
    "Kinh tế thị trường định hướng XHCN – mô hình kinh tế tổng quát của thời kỳ quá độ",
    "Nhiệm vụ xây dựng con người, phát triển các lĩnh vực văn hóa – xã hội",
    "Cơ cấu xã hội và nhiệm vụ phát huy dân chủ, xây dựng khối đại đoàn kết "
    "toàn dân tộc",
    "Hệ thống chính trị trong thời kỳ quá độ lên CNXH ở Việt Nam",
    "Vấn đề quốc phòng, an ninh, đối ngoại trong thời kỳ quá độ lên CNXH",
    "Đảng Cộng sản Việt Nam ra đời và lãnh đạo nhân dân đấu tranh giành chính quyền",
    "Đảng lãnh đạo hai cuộc kháng chiến chống xâm lược và xây dựng CNXH ở miền Bắc "
    "(1945–1975)",
    "Đảng lãnh đạo nhân dân cả nước quá độ lên CNXH, xây dựng CNXH và bảo vệ Tổ quốc "
    "(1975–2011)",
]

PROGRAMMES = {
    "party_awareness": {
        "name": "Bồi dưỡng nhận thức về Đảng",
        "kind": Programme.Kind.PARTY_AWARENESS,
        "audience": "Quần chúng ưu tú được giới thiệu để xem xét kết nạp vào Đảng.",
        "version": (
            "Theo Hướng dẫn 61-HD/BTGTW",
            "Hướng dẫn 61-HD/BTGTW ngày 16/6/2022",
            50,
            ProgrammeVersion.Credential.CERTIFICATE,
        ),
        "modules": PARTY_AWARENESS,
    },
    "new_members": {
        "name": "Lý luận chính trị dành cho đảng viên mới",
        "kind": Programme.Kind.NEW_MEMBERS,
        "audience": "Đảng viên dự bị trong năm dự bị.",
        "version": (
            "Theo Hướng dẫn 60-HD/BTGTW",
            "Hướng dẫn 60-HD/BTGTW ngày 16/6/2022",
            60,
            ProgrammeVersion.Credential.CERTIFICATE,
        ),
        "modules": [(title, 5) for title in NEW_MEMBERS] + [("Viết bài thu hoạch", 10)],
    },
    "elementary": {
        "name": "Sơ cấp lý luận chính trị",
        "kind": Programme.Kind.ELEMENTARY_THEORY,
        "audience": "Đảng viên, đoàn viên, hội viên các đoàn thể, công chức cấp xã, "
        "người hoạt động không chuyên trách ở thôn, tổ dân phố.",
        "version": (
            "Theo Hướng dẫn 65-HD/BTGTW",
            "Hướng dẫn 65-HD/BTGTW ngày 11/12/2012",
            295,
            ProgrammeVersion.Credential.DIPLOMA,
        ),
        "modules": [(title, 12) for title in ELEMENTARY]
        + [
            ("Lịch sử Đảng bộ tỉnh Tuyên Quang", 25),
            ("Nghiên cứu thực tế và viết thu hoạch", 20),
            ("Kiểm tra, thảo luận, khai giảng và bế giảng", 34),
        ],
    },
}


# Owned by the demo province (the rest are national: superusers change them).
PROGRAMMES["local_history"] = {
    "name": "Bồi dưỡng lịch sử Đảng bộ tỉnh Tuyên Quang",
    "kind": Programme.Kind.KNOWLEDGE_UPDATE,
    "audience": "Cán bộ, đảng viên ở cơ sở trong tỉnh.",
    "province": True,
    "version": (
        "Theo Kế hoạch của Ban Tuyên giáo Tỉnh ủy",
        "",
        16,
        ProgrammeVersion.Credential.CERTIFICATE,
    ),
    "modules": [
        ("Đảng bộ tỉnh Tuyên Quang qua các thời kỳ", 8),
        ("Tuyên Quang – Thủ đô kháng chiến", 8),
    ],
}


def seed_programmes(province=None) -> dict:
    """The programmes; `province` owns those marked so (the others are national)."""
    versions = {}
    for key, spec in PROGRAMMES.items():
        programme, _ = Programme.objects.update_or_create(
            name=spec["name"],
            defaults={
                "kind": spec["kind"],
                "audience": spec["audience"],
                "province": province if spec.get("province") else None,
            },
        )
        name, basis, periods, credential = spec["version"]
        version, _ = ProgrammeVersion.objects.update_or_create(
            programme=programme,
            name=name,
            defaults={
                "legal_basis": basis,
                "total_periods": periods,
                "credential_type": credential,
                "pass_score": Decimal("5.00"),
            },
        )
        for order, (title, module_periods) in enumerate(spec["modules"], start=1):
            ProgrammeModule.objects.update_or_create(
                version=version,
                order=order,
                defaults={"title": title, "periods": module_periods},
            )
        versions[key] = version
    return versions
