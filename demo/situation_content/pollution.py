# ruff: noqa: E501  (Vietnamese prose kept in readable sentences)
"""Dân dựng lều chặn cổng cơ sở tái chế nhựa (DOMAIN.md §5.2, chủ đề 3)."""

from demo.situation_content import choice, decision, ending

SITUATION = {
    "slug": "o-nhiem-co-so-tai-che-nhua",
    "title": "Dân dựng lều chặn cổng cơ sở tái chế nhựa",
    "theme": "Ô nhiễm môi trường từ cơ sở sản xuất",
    "summary": (
        "Cơ sở tái chế nhựa xả nước thải ra kênh, cá chết, mùi hôi; người dân dựng "
        "lều chặn cổng, xe ra vào không được. Đối thoại thế nào cho đúng luật và "
        "giữ được ổn định?"
    ),
    "difficulty": "advanced",
    "minutes": 20,
    "allow_back": False,
    "audiences": ["Bí thư Đảng ủy xã", "Chủ tịch UBND xã", "Chủ tịch UB MTTQ xã"],
    "programmes": [
        "Lý luận chính trị dành cho đảng viên mới",
        "Sơ cấp lý luận chính trị",
    ],
    "legal_basis": (
        "Luật Bảo vệ môi trường năm 2020\n"
        "Luật Xử lý vi phạm hành chính năm 2012 (sửa đổi, bổ sung)\n"
        "Luật Thực hiện dân chủ ở cơ sở năm 2022\n"
        "Luật Tiếp công dân năm 2013"
    ),
    "briefings": {
        "Bí thư Đảng ủy xã": (
            "<p>Đồng chí là Bí thư Đảng ủy xã Hòa An. Đảng ủy phải lãnh đạo xử lý "
            "vụ việc, giữ ổn định và giữ lòng tin của nhân dân.</p>"
        ),
        "Chủ tịch UBND xã": (
            "<p>Đồng chí là Chủ tịch UBND xã Hòa An, người chịu trách nhiệm quản lý "
            "nhà nước về môi trường và trật tự trên địa bàn.</p>"
        ),
        "Chủ tịch UB MTTQ xã": (
            "<p>Đồng chí là Chủ tịch Ủy ban MTTQ xã Hòa An, người đại diện tiếng nói "
            "của nhân dân và giám sát việc giải quyết.</p>"
        ),
    },
    "rubric": [],
    "steps": [
        decision(
            "B1",
            "Sáu giờ sáng, cổng nhà máy bị chặn",
            "<p>Khoảng 40 người dân thôn Tân Mỹ dựng lều bạt trước cổng cơ sở tái chế "
            "nhựa. Xe chở phế liệu không vào được. Giám đốc công ty gọi điện đề nghị "
            "xã “giải tỏa ngay, nếu không công ty sẽ kiện”.</p>",
            [
                choice(
                    "Đến hiện trường ngay cùng MTTQ xã; công an xã giữ trật tự, không "
                    "dùng vũ lực; trước hết là lắng nghe",
                    "B2",
                    "Bà con thấy lãnh đạo xã có mặt sớm; không khí bớt căng.",
                    dv=2,
                    tc=1,
                ),
                choice(
                    "Yêu cầu công an xã giải tỏa ngay để bảo đảm hoạt động của doanh "
                    "nghiệp",
                    "B3",
                    "Người dân khóa tay nhau quanh lều; có người bắt đầu quay video.",
                    pl=-1,
                    dv=-3,
                ),
                choice(
                    "Báo cáo lên trên và chờ ý kiến chỉ đạo rồi mới đến",
                    "B4",
                    "Cả buổi sáng không có cán bộ nào ở hiện trường.",
                    tc=-2,
                ),
            ],
        ),
        decision(
            "B2",
            "Nghe người dân trình bày",
            "<p>Người dân đưa ảnh nước đen chảy ra kênh, cá chết trắng, trẻ em ho kéo "
            "dài. Họ đòi đóng cửa nhà máy ngay hôm nay.</p>",
            [
                choice(
                    "Hứa sẽ đóng cửa nhà máy ngay trong ngày",
                    "B5",
                    "Dân tạm hài lòng, nhưng xã không có thẩm quyền làm việc đó; lời "
                    "hứa sẽ khó giữ.",
                    pl=-2,
                    dv=1,
                ),
                choice(
                    "Ghi nhận; cam kết mời cơ quan chuyên môn lấy mẫu nước trong 24 "
                    "giờ có đại diện dân chứng kiến; đề nghị bà con mở một lối cho "
                    "xe cấp cứu, xe cứu hỏa; lập tổ đối thoại",
                    "B5",
                    "Bà con đồng ý mở một lối đi và cử năm người vào tổ đối thoại.",
                    pl=2,
                    dv=2,
                    tc=2,
                ),
                choice(
                    "Giải thích rằng nhà máy có đủ giấy phép nên dân phải giải tán",
                    "B3",
                    "Một người nói to: “Giấy phép cho xả thải à?”. Đám đông đông thêm.",
                    dv=-2,
                ),
            ],
        ),
        decision(
            "B3",
            "Tình hình căng thẳng",
            "<p>Có người ném đá vào cổng; một buổi phát trực tiếp trên mạng xã hội có "
            "hàng nghìn người xem.</p>",
            [
                choice(
                    "Rút bớt lực lượng; lãnh đạo xã trực tiếp đối thoại, mời người có "
                    "uy tín trong thôn cùng tham gia",
                    "B5",
                    "Đám đông lắng lại; người có uy tín giúp giữ trật tự.",
                    dv=2,
                    tc=1,
                ),
                choice(
                    "Tiếp tục cưỡng chế, tạm giữ những người quá khích",
                    "K3",
                    "Xô xát xảy ra; vụ việc trở thành điểm nóng được báo chí cả nước "
                    "đưa tin.",
                    pl=-2,
                    dv=-3,
                ),
            ],
        ),
        decision(
            "B4",
            "Hai ngày sau",
            "<p>Báo chí đưa tin, tỉnh yêu cầu xã báo cáo. Người dân vẫn ở trong lều.</p>",
            [
                choice(
                    "Tổ chức ngay buổi đối thoại tại hiện trường",
                    "B5",
                    "Bà con trách xã chậm, nhưng đồng ý ngồi lại.",
                    dv=1,
                    tc=1,
                ),
                choice(
                    "Báo cáo tỉnh rằng “tình hình đã ổn định”",
                    "K3",
                    "Tỉnh cử đoàn về kiểm tra và phát hiện báo cáo không đúng sự thật.",
                    pl=-2,
                    ng=-3,
                ),
            ],
        ),
        decision(
            "B5",
            "Kết quả quan trắc",
            "<p>Kết quả lấy mẫu cho thấy nước thải vượt quy chuẩn kỹ thuật quốc gia ở "
            "nhiều chỉ tiêu. Ai có thẩm quyền xử lý và đình chỉ?</p>",
            [
                choice(
                    "UBND xã tự ra quyết định đình chỉ hoạt động nhà máy",
                    "B6",
                    "Công ty khiếu nại vì quyết định vượt thẩm quyền của xã; việc xử lý "
                    "bị kéo dài.",
                    pl=-2,
                ),
                choice(
                    "Lập biên bản vi phạm trong thẩm quyền; báo cáo, đề nghị cơ quan có "
                    "thẩm quyền cấp tỉnh xử phạt, đình chỉ hạng mục xả thải và buộc "
                    "khắc phục",
                    "B6",
                    "Đoàn liên ngành của tỉnh vào cuộc; nhà máy phải dừng xả thải để "
                    "khắc phục.",
                    pl=3,
                    tc=2,
                ),
                choice(
                    "Thương lượng để công ty hỗ trợ tiền cho dân và giữ kín kết quả",
                    "B7",
                    "Một số hộ nhận tiền, số khác càng bức xúc vì thấy thông tin bị "
                    "giấu.",
                    pl=-3,
                    ng=-2,
                ),
            ],
        ),
        decision(
            "B6",
            "Thông tin cho nhân dân",
            "<p>Người dân hỏi: kết quả thế nào, bao giờ hết ô nhiễm?</p>",
            [
                choice(
                    "Công bố kết quả quan trắc và lộ trình khắc phục tại hội nghị đối "
                    "thoại, trên loa truyền thanh và trang thông tin của xã; lập tổ "
                    "giám sát cộng đồng",
                    "B7",
                    "Bà con nắm được thông tin chính thức; tin đồn “nhà máy chi tiền "
                    "cho xã” không còn chỗ đứng.",
                    pl=1,
                    dv=3,
                ),
                choice(
                    "Chỉ báo cáo cấp trên, chưa thông báo cho dân để tránh xáo trộn",
                    "K2",
                    "Người dân tự tìm thông tin trên mạng, nhiều tin không chính xác.",
                    dv=-2,
                ),
            ],
        ),
        decision(
            "B7",
            "Lều vẫn chưa được tháo",
            "<p>Một số người vẫn ở lại, đòi đóng cửa nhà máy vĩnh viễn.</p>",
            [
                choice(
                    "Nhờ người có uy tín và đảng viên trong khu dân cư vận động tháo "
                    "lều; công ty ký cam kết xử lý nước thải dưới sự giám sát của tổ "
                    "cộng đồng",
                    "K1",
                    "Lều được tháo trong ngày; bà con hẹn lịch giám sát hằng tháng.",
                    dv=3,
                    ng=2,
                    tc=1,
                ),
                choice(
                    "Cưỡng chế tháo lều trong đêm",
                    "K2",
                    "Lều được tháo nhưng bà con mất lòng tin vào chính quyền.",
                    dv=-3,
                ),
            ],
        ),
        ending(
            "K1",
            "Ô nhiễm được xử lý, trật tự được giữ",
            "<p>Nhà máy dừng xả thải để cải tạo hệ thống xử lý; người dân tháo lều và "
            "tham gia giám sát.</p>",
            "good",
            "<p>Đồng chí đã có mặt sớm, đối thoại, làm đúng thẩm quyền (xã lập biên "
            "bản và báo cáo; việc đình chỉ do cơ quan có thẩm quyền quyết định theo "
            "Luật Bảo vệ môi trường), công khai thông tin đúng lúc và dựa vào người có "
            "uy tín.</p>",
            "B1, B2, B5, B6, B7, K1",
        ),
        ending(
            "K2",
            "Tạm yên nhưng chưa hết bức xúc",
            "<p>Nhà máy vẫn phải khắc phục, nhưng người dân còn nghi ngờ chính "
            "quyền.</p>",
            "acceptable",
            "<p>Vụ việc không bùng phát, nhưng thiếu công khai hoặc dùng biện pháp "
            "mạnh khi chưa cần làm giảm lòng tin. Thông tin kịp thời, chính xác là "
            "cách tốt nhất để giữ ổn định.</p>",
        ),
        ending(
            "K3",
            "Điểm nóng kéo dài",
            "<p>Vụ việc kéo dài nhiều tuần, tỉnh phải trực tiếp xử lý.</p>",
            "poor",
            "<p>Cưỡng chế khi chưa đối thoại, hoặc báo cáo không trung thực, biến một "
            "bức xúc chính đáng thành điểm nóng. Bảo vệ môi trường và giữ trật tự "
            "phải đi cùng nhau.</p>",
        ),
    ],
}
