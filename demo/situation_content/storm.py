# ruff: noqa: E501  (Vietnamese prose kept in readable sentences)
"""Sơ tán 15 hộ ven suối trước bão (DOMAIN.md §5.2, chủ đề 7)."""

from demo.situation_content import choice, decision, ending

SITUATION = {
    "slug": "so-tan-dan-truoc-bao",
    "title": "Sơ tán 15 hộ ven suối trước bão",
    "theme": "Ứng phó thiên tai",
    "summary": (
        "Bão kèm mưa lớn đe dọa sạt lở ven suối Nậm Vằn; 15 hộ phải sơ tán, ba hộ "
        "không muốn đi. Vận dụng phương châm “bốn tại chỗ” thế nào?"
    ),
    "difficulty": "intermediate",
    "minutes": 15,
    "allow_back": False,
    "audiences": ["Chủ tịch UBND xã", "Trưởng thôn", "Đoàn viên"],
    "programmes": [
        "Lý luận chính trị dành cho đảng viên mới",
        "Sơ cấp lý luận chính trị",
    ],
    "legal_basis": (
        "Luật Phòng, chống thiên tai năm 2013 (sửa đổi, bổ sung năm 2020)\n"
        "Luật Phòng thủ dân sự năm 2023\n"
        "Luật Thực hiện dân chủ ở cơ sở năm 2022"
    ),
    "briefings": {
        "Chủ tịch UBND xã": (
            "<p>Đồng chí là Chủ tịch UBND xã, Trưởng ban chỉ huy phòng thủ dân sự "
            "xã.</p>"
        ),
        "Trưởng thôn": (
            "<p>Đồng chí là Trưởng thôn Nậm Vằn, biết rõ từng hộ ven suối.</p>"
        ),
        "Đoàn viên": (
            "<p>Đồng chí là bí thư chi đoàn, chỉ huy tổ thanh niên xung kích của "
            "thôn.</p>"
        ),
    },
    "rubric": [],
    "steps": [
        decision(
            "B1",
            "Dự báo bão",
            "<p>Đài khí tượng dự báo bão đổ bộ sau 36 giờ, mưa 200–300 mm. 15 hộ ven "
            "suối Nậm Vằn nằm trong vùng nguy cơ sạt lở.</p>",
            [
                choice(
                    "Họp ban chỉ huy ngay; rà soát danh sách hộ; chuẩn bị điểm sơ tán "
                    "ở trường học theo phương châm “bốn tại chỗ”",
                    "B2",
                    "Danh sách, phương tiện, lương thực đã sẵn sàng trước khi mưa.",
                    pl=1,
                    tc=3,
                ),
                choice(
                    "Chờ lệnh của tỉnh rồi mới triển khai",
                    "B3",
                    "Mưa bắt đầu trước khi có kế hoạch.",
                    tc=-2,
                ),
                choice(
                    "Thông báo trên loa rồi để các hộ tự quyết",
                    "B3",
                    "Phần lớn các hộ vẫn ở nhà vì “năm nào cũng mưa”.",
                    tc=-1,
                    dv=-1,
                ),
            ],
        ),
        decision(
            "B2",
            "Ba hộ không muốn đi",
            "<p>Việc sơ tán bắt đầu. Ba hộ từ chối: cụ ông cụ bà không nỡ bỏ đàn lợn; "
            "một gia đình có người ốm nặng; một người đàn ông nói “ở đây 40 năm chưa "
            "sạt bao giờ”.</p>",
            [
                choice(
                    "Tổ xung kích giúp chuyển gia súc, bố trí xe đưa người ốm, nhờ già "
                    "làng thuyết phục",
                    "B4",
                    "Hai hộ đồng ý đi; người đàn ông vẫn còn lưỡng lự.",
                    dv=3,
                    tc=1,
                ),
                choice(
                    "Để ba hộ ký giấy cam kết tự chịu trách nhiệm và ở lại",
                    "B5",
                    "Giấy cam kết không làm cho ngôi nhà an toàn hơn.",
                    pl=-2,
                    tc=-2,
                ),
                choice(
                    "Cưỡng chế sơ tán ngay bằng lực lượng dân quân",
                    "B4",
                    "Ba hộ phải đi, nhưng cụ bà khóc vì đàn lợn bị bỏ lại.",
                    pl=1,
                    dv=-2,
                ),
            ],
        ),
        decision(
            "B3",
            "Mưa lớn, đường ngập",
            "<p>Trời tối, đường vào khu ven suối bắt đầu ngập, việc sơ tán khó hơn.</p>",
            [
                choice(
                    "Sơ tán khẩn cấp ngay trong đêm với dân quân, đèn pin, áo phao",
                    "B2",
                    "Lực lượng vất vả nhưng đến được các hộ.",
                    tc=1,
                ),
                choice(
                    "Tiếp tục chờ trời sáng",
                    "K3",
                    "Trong đêm, sạt lở xảy ra.",
                    tc=-3,
                ),
            ],
        ),
        decision(
            "B4",
            "Hai giờ sáng, vết nứt trên sườn đồi",
            "<p>Dân quân phát hiện vết nứt dài trên sườn đồi. Người đàn ông hôm trước "
            "đã lén quay về nhà để trông tài sản.</p>",
            [
                choice(
                    "Tổ xung kích đưa ông ra ngay, áp dụng cưỡng chế sơ tán theo quy "
                    "định vì tính mạng bị đe dọa, giải thích sau",
                    "B6",
                    "Ông được đưa ra kịp; một giờ sau, một phần đồi sạt xuống.",
                    pl=2,
                    tc=2,
                ),
                choice(
                    "Chờ trời sáng rồi tính",
                    "B5",
                    "Gần sáng, đất đá vùi một góc nhà ông.",
                    tc=-3,
                ),
            ],
        ),
        decision(
            "B5",
            "Sạt lở vùi một góc nhà",
            "<p>Một người bị thương, mắc kẹt trong nhà. Bà con kéo đến định tự đào "
            "bới.</p>",
            [
                choice(
                    "Khoanh vùng nguy hiểm, huy động lực lượng tại chỗ cứu nạn an toàn, "
                    "gọi y tế, báo cáo cấp trên",
                    "B6",
                    "Người bị thương được đưa ra và chuyển viện kịp thời.",
                    tc=2,
                    pl=1,
                ),
                choice(
                    "Để bà con tự đào bới cho nhanh",
                    "K3",
                    "Đất tiếp tục sạt; thêm hai người bị thương.",
                    tc=-3,
                ),
            ],
        ),
        decision(
            "B6",
            "Hàng cứu trợ về",
            "<p>Gạo, mì tôm, tiền của các nhà hảo tâm được chuyển về xã.</p>",
            [
                choice(
                    "MTTQ chủ trì lập danh sách, niêm yết công khai, ưu tiên hộ thiệt "
                    "hại nặng",
                    "B7",
                    "Bà con biết rõ ai nhận gì, vì sao.",
                    pl=1,
                    dv=2,
                    ng=1,
                ),
                choice(
                    "Chia đều cho cả thôn cho nhanh",
                    "B7",
                    "Nhanh, nhưng hộ mất nhà nhận bằng hộ không thiệt hại gì.",
                    dv=-1,
                ),
                choice(
                    "Giao trưởng thôn giữ và phát dần, không cần ghi chép",
                    "K2",
                    "Sau một tuần, có người thắc mắc hàng cứu trợ đi đâu.",
                    pl=-2,
                    ng=-2,
                ),
            ],
        ),
        decision(
            "B7",
            "Sau bão",
            "<p>Mưa tạnh. Các hộ muốn quay về nhà ven suối.</p>",
            [
                choice(
                    "Chưa cho về khi chưa có đánh giá an toàn của cơ quan chuyên môn; "
                    "đề xuất tái định cư, hỗ trợ di dời",
                    "K1",
                    "Bà con ở tạm thêm ít ngày; đoàn khảo sát xác định ba nhà phải di "
                    "dời.",
                    pl=1,
                    tc=2,
                ),
                choice(
                    "Cho về ngay vì mưa đã tạnh",
                    "K2",
                    "Hai tuần sau, một đợt mưa nhỏ lại làm sạt thêm một đoạn.",
                    tc=-2,
                ),
            ],
        ),
        ending(
            "K1",
            "An toàn cho người dân",
            "<p>Không ai thiệt mạng; hàng cứu trợ đến đúng người; ba hộ được hỗ trợ "
            "di dời.</p>",
            "good",
            "<p>Chủ động từ sớm theo phương châm “bốn tại chỗ” (chỉ huy, lực lượng, "
            "phương tiện và hậu cần tại chỗ), thuyết phục trước, cưỡng chế sơ tán khi "
            "tính mạng bị đe dọa, công khai cứu trợ: đó là cách làm đúng Luật Phòng, "
            "chống thiên tai.</p>",
            "B1, B2, B4, B6, B7, K1",
        ),
        ending(
            "K2",
            "Qua được bão nhưng còn điều phải rút kinh nghiệm",
            "<p>Thiệt hại được hạn chế, nhưng còn thắc mắc và nguy cơ.</p>",
            "acceptable",
            "<p>Hàng cứu trợ phải được công khai; việc quay về vùng nguy hiểm phải "
            "chờ đánh giá an toàn.</p>",
        ),
        ending(
            "K3",
            "Thiệt hại về người",
            "<p>Sạt lở gây thương vong có thể tránh được.</p>",
            "poor",
            "<p>Chờ đợi khi đã có cảnh báo, hoặc để dân tự cứu nạn khi đất còn sạt, "
            "là những sai lầm nghiêm trọng. Tính mạng con người là trên hết.</p>",
        ),
    ],
}
