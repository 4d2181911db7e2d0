# ruff: noqa: E501  (Vietnamese prose kept in readable sentences)
"""Thông tin sai lệch về tiền xây nhà văn hóa (DOMAIN.md §5.2, chủ đề 4)."""

from demo.situation_content import choice, decision, ending

SITUATION = {
    "slug": "tin-sai-lech-tien-xay-nha-van-hoa",
    "title": "Bài đăng nói thôn “ăn chặn” tiền xây nhà văn hóa",
    "theme": "Thông tin sai lệch trên mạng xã hội",
    "summary": (
        "Một bài đăng Facebook nói thôn dùng sai tiền dân góp xây nhà văn hóa, được "
        "chia sẻ 2.000 lần. Kiểm tra, công khai và trả lời thế nào?"
    ),
    "difficulty": "basic",
    "minutes": 15,
    "allow_back": True,
    "audiences": ["Bí thư chi bộ", "Trưởng thôn", "Đoàn viên"],
    "programmes": [
        "Lý luận chính trị dành cho đảng viên mới",
        "Sơ cấp lý luận chính trị",
    ],
    "legal_basis": (
        "Luật Thực hiện dân chủ ở cơ sở năm 2022 (công khai thông tin)\n"
        "Luật An ninh mạng năm 2018\n"
        "Nghị định 15/2020/NĐ-CP (sửa đổi bởi Nghị định 14/2022/NĐ-CP)"
    ),
    "briefings": {
        "Bí thư chi bộ": (
            "<p>Đồng chí là Bí thư chi bộ thôn Kim Bình. Chi bộ đã lãnh đạo việc "
            "vận động xây nhà văn hóa từ năm ngoái.</p>"
        ),
        "Trưởng thôn": (
            "<p>Đồng chí là Trưởng thôn Kim Bình, người ký các khoản chi xây nhà "
            "văn hóa cùng ban quản lý công trình.</p>"
        ),
        "Đoàn viên": (
            "<p>Đồng chí là bí thư chi đoàn thôn, người quản trị nhóm Zalo của thôn "
            "và thạo mạng xã hội nhất trong ban.</p>"
        ),
    },
    "rubric": [],
    "steps": [
        decision(
            "B1",
            "Bài đăng tối thứ Sáu",
            "<p>Tài khoản Facebook của anh Đỗ Văn Lộc trong thôn đăng: “Thôn ăn chặn "
            "120 triệu tiền dân góp xây nhà văn hóa”. Sáng hôm sau bài có 2.000 lượt "
            "chia sẻ.</p>",
            [
                choice(
                    "Gọi điện yêu cầu anh Lộc gỡ bài, nếu không sẽ “làm việc”",
                    "B2",
                    "Anh Lộc chụp màn hình cuộc nhắn tin và đăng tiếp: “Bị dọa vì nói "
                    "thật”.",
                    dv=-2,
                    pl=-1,
                ),
                choice(
                    "Chi bộ họp ngay, rà soát toàn bộ sổ sách thu chi, mời Ban thanh "
                    "tra nhân dân cùng kiểm tra",
                    "B3",
                    "Ban thanh tra nhân dân nhận lời; việc kiểm tra bắt đầu ngay chiều "
                    "thứ Bảy.",
                    pl=1,
                    ng=2,
                    tc=2,
                ),
                choice(
                    "Đăng bài trên Facebook cá nhân khẳng định đó là “bịa đặt”",
                    "B4",
                    "Bài phản bác thu hút thêm bình luận giận dữ.",
                    dv=-2,
                ),
            ],
        ),
        decision(
            "B2",
            "Anh Lộc nói rõ lý do",
            "<p>Anh Lộc cho biết đã xem bảng kê chi phí và thấy một khoản 38 triệu "
            "đồng mua ngói không có hóa đơn.</p>",
            [
                choice(
                    "Xin lỗi vì cuộc gọi, mời anh cùng Ban thanh tra nhân dân kiểm tra "
                    "sổ sách",
                    "B3",
                    "Anh Lộc đồng ý tham gia, giọng bớt gay gắt.",
                    dv=2,
                    ng=1,
                ),
                choice(
                    "Đề nghị công an xã xử phạt anh Lộc ngay",
                    "B5",
                    "Công an xã tiếp nhận và đề nghị thôn làm rõ sự việc trước.",
                    pl=-1,
                    dv=-1,
                ),
            ],
        ),
        decision(
            "B3",
            "Kết quả rà soát",
            "<p>Tổng tiền dân góp là 480 triệu đồng. Khoản 38 triệu tiền ngói có "
            "thật nhưng thủ quỹ mua của người quen, chỉ có giấy biên nhận viết tay. "
            "Không có dấu hiệu chiếm đoạt, nhưng chứng từ chưa chặt chẽ.</p>",
            [
                choice(
                    "Công khai toàn bộ thu chi tại nhà văn hóa và trên nhóm Zalo thôn, "
                    "nói rõ thiếu sót về chứng từ và cách bổ sung",
                    "B6",
                    "Nhiều người cảm ơn vì thôn “nói thật cả cái chưa được”.",
                    pl=2,
                    dv=2,
                    ng=2,
                ),
                choice(
                    "Chỉ công bố tổng số, không nhắc khoản thiếu hóa đơn",
                    "B4",
                    "Anh Lộc đăng tiếp ảnh giấy biên nhận viết tay; bài mới lan nhanh "
                    "hơn bài cũ.",
                    ng=-2,
                ),
                choice(
                    "Kỷ luật ngay thủ quỹ để “xử lý dứt điểm”",
                    "B6",
                    "Thủ quỹ, một phụ nữ làm không công nhiều năm, thấy bị đổ hết "
                    "trách nhiệm.",
                    tc=-1,
                    dv=-1,
                ),
            ],
        ),
        decision(
            "B4",
            "Bài viết lan rộng",
            "<p>Bình luận ngày càng gay gắt, một số trang lớn chia sẻ lại.</p>",
            [
                choice(
                    "Gỡ bài phản bác, chuyển sang rà soát cùng Ban thanh tra nhân dân",
                    "B3",
                    "Mất vài ngày, nhưng thôn có lại tư thế để trả lời bằng số liệu.",
                    tc=1,
                ),
                choice(
                    "Tiếp tục tranh luận trên mạng",
                    "K3",
                    "Cuộc tranh cãi kéo dài, lòng tin trong thôn sứt mẻ.",
                    dv=-3,
                ),
            ],
        ),
        decision(
            "B5",
            "Ý kiến của công an xã",
            "<p>Công an xã cho biết đăng tin sai sự thật có thể bị xử phạt theo nghị "
            "định về vi phạm hành chính trên không gian mạng, nhưng trước hết phải "
            "xác minh nội dung có sai hay không.</p>",
            [
                choice(
                    "Đồng ý xác minh trước, mời anh Lộc đối thoại",
                    "B3",
                    "Việc xác minh được tiến hành cùng Ban thanh tra nhân dân.",
                    pl=2,
                ),
                choice(
                    "Đề nghị xử phạt ngay, không cần xác minh",
                    "K3",
                    "Khi khoản 38 triệu được đưa ra ánh sáng, dư luận quay sang chỉ "
                    "trích thôn.",
                    pl=-3,
                ),
            ],
        ),
        decision(
            "B6",
            "Hội nghị thôn",
            "<p>Tại hội nghị, anh Lộc thừa nhận đã hiểu sai, nhưng nói: “Nếu thôn "
            "công khai sớm thì tôi đã không đăng”.</p>",
            [
                choice(
                    "Cảm ơn góp ý, đề nghị anh đăng đính chính; không truy cứu; cam kết "
                    "công khai thu chi định kỳ",
                    "B7",
                    "Anh Lộc đăng bài đính chính ngay tối đó.",
                    dv=3,
                    ng=1,
                ),
                choice(
                    "Yêu cầu anh xin lỗi trước hội nghị và đề nghị xử phạt",
                    "B7",
                    "Anh Lộc xin lỗi, nhưng nhiều người thấy thôn “thắng mà không "
                    "phục”.",
                    pl=1,
                    dv=-2,
                ),
            ],
        ),
        decision(
            "B7",
            "Để việc này không lặp lại",
            "<p>Chi bộ bàn giải pháp lâu dài.</p>",
            [
                choice(
                    "Công khai thu chi hằng quý; Ban thanh tra nhân dân giám sát; đưa "
                    "nội dung ứng xử trên mạng vào sinh hoạt chi bộ",
                    "K1",
                    "Nhóm Zalo của thôn trở thành nơi bà con hỏi và được trả lời.",
                    pl=1,
                    dv=1,
                    tc=2,
                ),
                choice(
                    "Cấm bàn chuyện thu chi trên nhóm Zalo của thôn",
                    "K2",
                    "Chuyện không được bàn trên nhóm thì chuyển sang bàn ở nơi khác.",
                    dv=-2,
                ),
            ],
        ),
        ending(
            "K1",
            "Tin đồn được trả lời bằng sự minh bạch",
            "<p>Bài đính chính được chia sẻ rộng; thôn có nề nếp công khai mới.</p>",
            "good",
            "<p>Xác minh trước, công khai cả thiếu sót, đối thoại thay cho đe dọa: "
            "đó là cách trả lời tin sai lệch hiệu quả nhất. Báo công an chỉ khi có căn "
            "cứ là thông tin sai sự thật và có dấu hiệu vi phạm.</p>",
            "B1, B3, B6, B7, K1",
        ),
        ending(
            "K2",
            "Yên trên mạng nhưng chưa yên trong lòng dân",
            "<p>Tin đồn lắng xuống, nhưng bà con vẫn còn điều muốn hỏi.</p>",
            "acceptable",
            "<p>Hạn chế thảo luận không thay được công khai. Luật Thực hiện dân chủ "
            "ở cơ sở yêu cầu công khai các khoản đóng góp của nhân dân.</p>",
        ),
        ending(
            "K3",
            "Mất lòng tin",
            "<p>Vụ việc lan rộng, cấp trên phải vào cuộc.</p>",
            "poor",
            "<p>Tranh cãi, đe dọa hoặc xử lý người phản ánh khi chưa xác minh làm "
            "mất lòng tin. Hãy bắt đầu từ sổ sách và sự thật.</p>",
        ),
    ],
}
