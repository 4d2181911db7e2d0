# ruff: noqa: E501  (Vietnamese prose kept in readable sentences)
"""Ba hộ chưa đồng thuận hiến đất làm đường (DOMAIN.md §5.3)."""

from demo.situation_content import choice, decision, ending, reflection

SITUATION = {
    "slug": "hien-dat-lam-duong-thon-dong-tam",
    "title": "Ba hộ chưa đồng thuận hiến đất làm đường",
    "theme": "Hiến đất mở rộng đường nông thôn mới",
    "summary": (
        "Thôn Đồng Tâm mở rộng đường liên thôn lên 6 m; 209/212 hộ đã ký hiến đất, "
        "ba hộ chưa đồng ý, trong đó có gia đình một đảng viên 12 năm tuổi Đảng."
    ),
    "difficulty": "intermediate",
    "minutes": 20,
    "allow_back": False,
    "audiences": ["Bí thư chi bộ", "Trưởng thôn", "Trưởng ban công tác Mặt trận"],
    "programmes": [
        "Lý luận chính trị dành cho đảng viên mới",
        "Sơ cấp lý luận chính trị",
        "Bồi dưỡng nhận thức về Đảng",
    ],
    "legal_basis": (
        "Luật Thực hiện dân chủ ở cơ sở năm 2022\n"
        "Luật Đất đai năm 2024\n"
        "Điều lệ Đảng và Quy định về những điều đảng viên không được làm"
    ),
    "briefings": {
        "Bí thư chi bộ": (
            "<p>Đồng chí là Bí thư chi bộ thôn Đồng Tâm. Chi bộ đã ra nghị quyết lãnh "
            "đạo việc mở rộng đường; nay việc chậm lại ở ba hộ, trong đó có đảng viên "
            "Trần Văn Hùng của chi bộ mình.</p>"
        ),
        "Trưởng thôn": (
            "<p>Đồng chí là Trưởng thôn Đồng Tâm, người trực tiếp tổ chức họp dân và "
            "thu phiếu hiến đất. Xã hẹn khởi công sau ba tuần.</p>"
        ),
        "Trưởng ban công tác Mặt trận": (
            "<p>Đồng chí là Trưởng ban công tác Mặt trận thôn, người được bà con tin "
            "cậy nhờ nói hộ khi có điều chưa thông.</p>"
        ),
    },
    "rubric": [
        ("Căn cứ pháp lý đúng (Luật Thực hiện dân chủ ở cơ sở, Luật Đất đai)", 30),
        ("Tính khả thi của kế hoạch", 30),
        ("Kỹ năng dân vận", 20),
        ("Vai trò nêu gương của đảng viên", 20),
    ],
    "steps": [
        decision(
            "B1",
            "Chi bộ họp bàn ba hộ chưa ký",
            "<p>Thôn Đồng Tâm, xã Hòa Bình có 212 hộ. Đường liên thôn dài 1,2 km sẽ "
            "được mở rộng từ 3 m lên 6 m theo chương trình nông thôn mới: nhân dân đóng "
            "góp tiền rải mặt đường, Nhà nước làm cống và rãnh thoát nước. 209 hộ đã ký "
            "đơn tự nguyện hiến đất. Ông Trần Văn Hùng, đảng viên 12 năm tuổi Đảng, "
            "chưa ký vì phải phá dỡ, xây lại cổng và tường rào; một hộ liền kề hiến ít "
            "hơn cũng chưa đồng ý.</p>",
            [
                choice(
                    "Chi bộ phân công đồng chí bí thư cùng một chi ủy viên gặp riêng "
                    "ông Hùng trước, lắng nghe khó khăn của gia đình",
                    "B2",
                    "Ông Hùng tiếp đón cởi mở hơn khi thấy chi bộ đến để nghe chứ "
                    "không phải để phê bình.",
                    dv=2,
                    ng=2,
                    tc=1,
                ),
                choice(
                    "Đề nghị UBND xã lập biên bản, thu hồi phần đất cần thiết theo "
                    "kế hoạch cho kịp tiến độ",
                    "B3",
                    "Trong thôn bắt đầu có tiếng bàn tán: “hiến đất mà lại bị thu hồi "
                    "thì còn gì là tự nguyện”.",
                    pl=-2,
                    dv=-2,
                ),
                choice(
                    "Tạm để ba hộ lại, làm đường trước, đoạn qua ba hộ vẫn giữ 3 m",
                    "B4",
                    "Tiến độ không bị chậm, nhưng đoạn đường thắt lại như cổ chai ngay "
                    "giữa thôn.",
                    tc=-2,
                ),
            ],
        ),
        decision(
            "B2",
            "Gặp riêng gia đình ông Hùng",
            "<p>Ông Hùng cho biết xây lại cổng và tường rào mất khoảng 35 triệu đồng, "
            "gia đình đang nuôi con học đại học. Ông cũng lo vì trên nhóm Zalo của thôn "
            "có người nói đất hiến sẽ bị “phân lô bán nền”. Ông nói: “Tôi là đảng viên, "
            "tôi biết phải gương mẫu, nhưng nhà bên cạnh hiến ít hơn mà cũng chưa ký”.</p>",
            [
                choice(
                    "Phê bình ông ngay tại buổi gặp vì đảng viên mà không gương mẫu",
                    "B5",
                    "Ông Hùng im lặng, tiễn khách ra cổng. Hôm sau vợ ông nói với hàng "
                    "xóm rằng chi bộ “ép” gia đình.",
                    dv=-2,
                    ng=0,
                ),
                choice(
                    "Ghi nhận khó khăn; hứa đưa ra chi bộ và ban vận động bàn cách hỗ "
                    "trợ xây lại cổng, đồng thời công khai bản đồ tuyến đường",
                    "B5",
                    "Ông Hùng nói sẽ bàn với gia đình nếu có phương án hỗ trợ rõ ràng và "
                    "công khai.",
                    dv=2,
                    ng=1,
                    tc=1,
                ),
                choice(
                    "Hứa riêng với ông là gia đình sẽ được miễn tiền đóng góp làm đường",
                    "B6",
                    "Ông Hùng đồng ý ngay, nhưng lời hứa riêng này chưa qua bàn bạc "
                    "của thôn.",
                    pl=-2,
                    ng=-1,
                ),
            ],
        ),
        decision(
            "B3",
            "Ý kiến của công chức địa chính xã",
            "<p>Công chức địa chính – xây dựng xã nhắc rằng hiến đất là tự nguyện; "
            "dự án đường thôn do dân đóng góp không thuộc trường hợp Nhà nước thu hồi "
            "đất để bồi thường. Muốn thu hồi phải có dự án, quyết định và phương án bồi "
            "thường theo Luật Đất đai.</p>",
            [
                choice(
                    "Dừng việc thu hồi, quay về cách vận động, bắt đầu bằng gặp riêng "
                    "ông Hùng",
                    "B2",
                    "Chi bộ rút kinh nghiệm; thời gian mất thêm vài ngày nhưng không "
                    "để lại điều tiếng.",
                    pl=1,
                ),
                choice(
                    "Vẫn lập đoàn đến đo đạc và cắm mốc trên đất ba hộ",
                    "K3",
                    "Ba hộ giữ mốc, to tiếng với đoàn; người dân quay video đưa lên "
                    "mạng.",
                    pl=-3,
                    dv=-3,
                ),
            ],
        ),
        decision(
            "B4",
            "Những hộ đã hiến đất thắc mắc",
            "<p>Một tháng sau, đường làm xong hai đầu, đoạn giữa vẫn hẹp. Nhiều hộ đã "
            "hiến đất hỏi trưởng thôn: “Sao người không hiến vẫn được đi đường rộng? "
            "Vậy lần sau ai còn hiến?”.</p>",
            [
                choice(
                    "Họp thôn, nói thẳng khó khăn và mời bà con cùng vận động ba hộ",
                    "B5",
                    "Cuộc họp căng thẳng nhưng bà con thấy cán bộ thôn không né tránh.",
                    dv=1,
                    tc=1,
                ),
                choice(
                    "Giải thích rằng việc ba hộ là chuyện riêng, bà con không nên so bì",
                    "K2",
                    "Bà con không nói gì thêm, nhưng các cuộc vận động sau của thôn khó "
                    "khăn hơn hẳn.",
                    dv=-2,
                ),
            ],
        ),
        decision(
            "B5",
            "Bài đăng trên nhóm Zalo của thôn",
            "<p>Trên nhóm Zalo của thôn xuất hiện bài viết: “Đất dân hiến rồi sẽ bị "
            "phân lô bán nền, ai hiến là dại”. Bài có hơn 60 lượt bình luận.</p>",
            [
                choice(
                    "Trả lời ngay trên nhóm bằng lời lẽ gay gắt, yêu cầu người đăng gỡ "
                    "bài",
                    "B6",
                    "Người đăng gỡ bài nhưng nhiều người cho rằng thôn “có tật giật "
                    "mình”.",
                    dv=-2,
                ),
                choice(
                    "Ban công tác Mặt trận mở hội nghị thôn, niêm yết bản đồ tuyến "
                    "đường, cam kết bằng văn bản đất hiến chỉ để làm đường; đăng thông "
                    "tin chính thức lên nhóm Zalo và loa truyền thanh",
                    "B6",
                    "Số bình luận lo lắng giảm hẳn; nhiều người chia sẻ lại bản đồ.",
                    pl=1,
                    dv=3,
                    tc=1,
                ),
                choice(
                    "Đề nghị công an xã tìm và xử lý người đăng bài",
                    "B6",
                    "Người đăng là một thanh niên trong thôn; gia đình anh ta cảm thấy "
                    "bị làm khó.",
                    pl=0,
                    dv=-1,
                ),
            ],
        ),
        decision(
            "B6",
            "Hội nghị thôn bàn phương án",
            "<p>Tại hội nghị, bà Nguyễn Thị Mận, hộ liền kề, nói: “Ông Hùng ký thì tôi "
            "ký”. Ông Hùng vẫn lo chi phí xây lại cổng.</p>",
            [
                choice(
                    "Vận động xã hội hóa: đoàn thanh niên góp ngày công, con em xa quê "
                    "góp tiền xây lại cổng; các khoản hỗ trợ được công khai; ông Hùng "
                    "ký trước làm gương",
                    "B7",
                    "Ông Hùng đứng lên ký trước hội nghị; bà Mận và hộ thứ ba ký theo.",
                    dv=3,
                    ng=3,
                    tc=1,
                ),
                choice(
                    "Trưởng thôn tự quyết chi quỹ thôn trả toàn bộ tiền cổng cho ông "
                    "Hùng mà không đưa ra bàn",
                    "B7",
                    "Ba hộ ký, nhưng nhiều người hỏi vì sao quỹ chung lại chi cho một "
                    "nhà mà không ai được bàn.",
                    pl=-2,
                    dv=-1,
                ),
                choice(
                    "Cho ba hộ thêm sáu tháng suy nghĩ",
                    "K2",
                    "Đường được khởi công nhưng đoạn giữa vẫn hẹp; kế hoạch của xã chậm "
                    "lại.",
                    tc=-2,
                ),
            ],
        ),
        decision(
            "B7",
            "Lập kế hoạch hai tuần",
            "<p>Ba hộ đã đồng ý. Còn hai tuần trước ngày khởi công.</p>",
            [
                choice(
                    "Lập kế hoạch: phân công người, mốc thời gian; công khai danh sách "
                    "hiến đất và khoản hỗ trợ tại nhà văn hóa; mời ban giám sát đầu tư "
                    "cộng đồng theo dõi",
                    "R1",
                    "Mọi việc có người chịu trách nhiệm và có ngày hoàn thành; bà con "
                    "biết rõ ai làm gì.",
                    pl=1,
                    tc=3,
                ),
                choice(
                    "Giao trưởng thôn tự lo tất cả cho nhanh",
                    "K2",
                    "Trưởng thôn xoay xở một mình, vài việc nhỏ bị sót, khởi công chậm "
                    "một tuần.",
                    tc=-2,
                ),
            ],
        ),
        reflection(
            "R1",
            "Viết thu hoạch ngắn",
            "<p>Hãy viết ngắn theo cấu trúc xử lý tình huống: mô tả, phân tích, "
            "phương án, kế hoạch và kiến nghị. Giảng viên sẽ chấm theo thang điểm "
            "đã công bố.</p>",
            "K1",
        ),
        ending(
            "K1",
            "Con đường được mở rộng trong đồng thuận",
            "<p>Đường khởi công đúng hẹn; ngày khánh thành, ông Hùng được mời cắt "
            "băng cùng các hộ hiến đất nhiều nhất.</p>",
            "good",
            "<p>Đồng chí đã giải quyết từ người đảng viên trước (“đảng viên đi "
            "trước, làng nước theo sau”), lắng nghe khó khăn thật của gia đình, công "
            "khai thông tin để dập tin đồn, và để dân bàn, dân quyết khoản hỗ trợ "
            "theo Luật Thực hiện dân chủ ở cơ sở. Hiến đất là tự nguyện: không dùng "
            "biện pháp thu hồi cho việc dân tự làm.</p>",
            "B1, B2, B5, B6, B7, R1, K1",
        ),
        ending(
            "K2",
            "Đường làm được nhưng lòng dân chưa thuận",
            "<p>Con đường cuối cùng cũng hoàn thành, nhưng chậm và để lại những "
            "băn khoăn trong thôn.</p>",
            "acceptable",
            "<p>Kết quả chấp nhận được nhưng chưa trọn vẹn: có bước đồng chí để việc "
            "trôi đi hoặc quyết một mình. Những việc liên quan đến đóng góp của dân "
            "cần được đưa ra bàn công khai, và đảng viên cần được giúp đỡ để nêu gương "
            "từ sớm.</p>",
        ),
        ending(
            "K3",
            "Mâu thuẫn bùng lên, công trình phải dừng",
            "<p>Đoạn video tranh cãi lan trên mạng; huyện và tỉnh đề nghị xã báo cáo. "
            "Công trình tạm dừng.</p>",
            "poor",
            "<p>Việc hiến đất làm đường do dân đóng góp không phải là trường hợp Nhà "
            "nước thu hồi đất. Dùng biện pháp hành chính ép dân hiến đất vừa sai luật "
            "vừa làm mất lòng tin. Hãy bắt đầu lại từ đối thoại, công khai và nêu "
            "gương.</p>",
        ),
    ],
}
