"""The demo province's criteria for a political centre up to standard, as a
province's "Quy định chuẩn trung tâm chính trị" would word them (invented for the
demo, after QĐ 360-QĐ/TW on commune-level centres and KL 66-KL/TW §2.4-2.6)."""

TITLE = "Tiêu chí đánh giá trung tâm chính trị xã, phường đạt chuẩn"
DECISION = (
    "Quy định số 05-QĐ/TU ngày 14/02/2025 của Ban Thường vụ Tỉnh ủy "
    "(văn bản mẫu cho dữ liệu thử)"
)
APPLIES_FROM = 2025

# group, code, text, guidance, computation, comparison, target
# (computation "" is a criterion the centre declares with evidence)
CRITERIA = [
    (
        "organisation",
        "1.1",
        "Có quyết định thành lập, quy định chức năng, nhiệm vụ, tổ chức bộ máy của "
        "trung tâm theo Quy định số 360-QĐ/TW; có quy chế làm việc được Ban Thường "
        "vụ Đảng ủy xã phê duyệt.",
        "Quyết định thành lập; quy chế làm việc đã được phê duyệt.",
        "",
        "",
        None,
    ),
    (
        "organisation",
        "1.2",
        "Giám đốc trung tâm là đồng chí Bí thư hoặc Phó Bí thư Đảng ủy xã; Phó Giám "
        "đốc chuyên trách có trình độ cao cấp lý luận chính trị, đại học trở lên và "
        "chứng chỉ nghiệp vụ sư phạm.",
        "Quyết định phân công, bổ nhiệm; bản sao văn bằng, chứng chỉ.",
        "",
        "",
        None,
    ),
    (
        "organisation",
        "1.3",
        "Xây dựng kế hoạch đào tạo, bồi dưỡng hằng năm được cấp ủy phê duyệt và tổ "
        "chức thực hiện đúng kế hoạch; báo cáo sơ kết, tổng kết đúng thời hạn.",
        "Kế hoạch năm được phê duyệt; báo cáo tổng kết năm.",
        "",
        "",
        None,
    ),
    (
        "lecturers",
        "2.1",
        "Có ít nhất 02 giảng viên chuyên trách trong danh sách giảng viên của trung "
        "tâm.",
        "",
        "full_time_lecturers",
        "at_least",
        2,
    ),
    (
        "lecturers",
        "2.2",
        "Ít nhất 80% giảng viên (chuyên trách và kiêm chức) đạt tiêu chuẩn về trình "
        "độ lý luận chính trị, chuyên môn và nghiệp vụ sư phạm theo quy định của "
        "tỉnh.",
        "",
        "qualified_lecturers_share",
        "at_least",
        80,
    ),
    (
        "lecturers",
        "2.3",
        "Có ít nhất 05 giảng viên kiêm chức là cán bộ lãnh đạo, quản lý ở cơ sở tham "
        "gia giảng dạy trong năm.",
        "",
        "part_time_lecturers_teaching",
        "at_least",
        5,
    ),
    (
        "lecturers",
        "2.4",
        "Mọi chuyên đề, bài giảng của các chương trình trong năm đều có giảng viên "
        "đạt chuẩn được phân công giảng dạy.",
        "",
        "modules_without_qualified_lecturer",
        "at_most",
        0,
    ),
    (
        "lecturers",
        "2.5",
        "Giảng viên được bồi dưỡng, cập nhật kiến thức và đi nghiên cứu thực tế ở "
        "cơ sở ít nhất 01 lần trong năm; có giảng viên đạt giảng viên dạy giỏi cấp "
        "tỉnh hoặc tham gia hội thi.",
        "Danh sách giảng viên được cử đi bồi dưỡng, thực tế; giấy chứng nhận.",
        "",
        "",
        None,
    ),
    (
        "teaching",
        "3.1",
        "Tổ chức đủ các chương trình theo quy định: bồi dưỡng nhận thức về Đảng, lý "
        "luận chính trị cho đảng viên mới, nghiệp vụ công tác đảng (ít nhất 03 "
        "chương trình trong năm).",
        "",
        "programmes_run",
        "at_least",
        3,
    ),
    (
        "teaching",
        "3.2",
        "Mở ít nhất 06 lớp đào tạo, bồi dưỡng trong năm.",
        "",
        "classes_opened",
        "at_least",
        6,
    ),
    (
        "teaching",
        "3.3",
        "Ít nhất 30% buổi học có ứng dụng công nghệ thông tin (đối thoại trực tuyến, "
        "trắc nghiệm trên điện thoại, lớp học trực tuyến).",
        "",
        "sessions_with_it_share",
        "at_least",
        30,
    ),
    (
        "teaching",
        "3.4",
        "Nội dung giảng dạy gắn với thực tiễn địa phương; có chuyên đề lịch sử Đảng "
        "bộ địa phương và giải đáp những vấn đề đặt ra ở cơ sở.",
        "Chương trình chi tiết có chuyên đề địa phương; tổng hợp câu hỏi đã giải đáp.",
        "",
        "",
        None,
    ),
    (
        "teaching",
        "3.5",
        "Hồ sơ quản lý đào tạo (sổ lên lớp, sổ điểm, sổ cấp giấy chứng nhận) đầy "
        "đủ, đúng quy định.",
        "Ảnh chụp hoặc bản quét các sổ của năm.",
        "",
        "",
        None,
    ),
    (
        "facilities",
        "4.1",
        "Có hội trường từ 100 chỗ ngồi trở lên và ít nhất 02 phòng học; có nơi làm "
        "việc cho lãnh đạo và giảng viên.",
        "Biên bản kiểm kê tài sản; ảnh chụp hội trường, phòng học.",
        "",
        "",
        None,
    ),
    (
        "facilities",
        "4.2",
        "Có đủ trang thiết bị dạy học: máy chiếu, hệ thống âm thanh, máy tính kết "
        "nối Internet, mạng không dây cho học viên; có tủ sách, tài liệu tham khảo.",
        "Danh mục trang thiết bị; ảnh chụp.",
        "",
        "",
        None,
    ),
    (
        "facilities",
        "4.3",
        "Kinh phí hoạt động của trung tâm được bố trí trong dự toán ngân sách hằng "
        "năm và sử dụng đúng quy định.",
        "Quyết định giao dự toán; báo cáo quyết toán.",
        "",
        "",
        None,
    ),
    (
        "results",
        "5.1",
        "Tỷ lệ chuyên cần của học viên (số tiết có mặt trên số tiết điểm danh) đạt "
        "từ 90% trở lên.",
        "",
        "attendance_rate",
        "at_least",
        90,
    ),
    (
        "results",
        "5.2",
        "Ít nhất 95% học viên các lớp đã kết thúc trong năm đủ điều kiện hoàn thành "
        "chương trình.",
        "",
        "pass_rate",
        "at_least",
        95,
    ),
    (
        "results",
        "5.3",
        "Trung tâm được cấp ủy đánh giá hoàn thành tốt nhiệm vụ trở lên trong năm.",
        "Văn bản đánh giá, xếp loại của cấp ủy.",
        "",
        "",
        None,
    ),
]

# code -> (met?, explanation, evidence file name, evidence text)
ANSWERS = {
    "1.1": (
        True,
        "Trung tâm được thành lập theo Quyết định số 112-QĐ/ĐU ngày 05/7/2025 của "
        "Ban Thường vụ Đảng ủy xã Chiêm Hóa; quy chế làm việc được phê duyệt ngày "
        "20/7/2025.",
        "quyet-dinh-thanh-lap.pdf",
        "QUYẾT ĐỊNH về việc thành lập Trung tâm Chính trị Chiêm Hóa "
        "(bản mẫu cho dữ liệu thử)",
    ),
    "1.2": (
        True,
        "Đồng chí Phó Bí thư Thường trực Đảng ủy xã kiêm Giám đốc; Phó Giám đốc "
        "chuyên trách có bằng cao cấp lý luận chính trị, cử nhân Luật và chứng chỉ "
        "nghiệp vụ sư phạm.",
        "phan-cong-lanh-dao.pdf",
        "Quyết định phân công lãnh đạo Trung tâm (bản mẫu cho dữ liệu thử)",
    ),
    "1.3": (
        True,
        "Kế hoạch đào tạo, bồi dưỡng năm được Ban Thường vụ Đảng ủy xã phê duyệt; "
        "đã tổ chức các lớp theo kế hoạch, báo cáo sơ kết 6 tháng đúng hạn.",
        "ke-hoach-nam.pdf",
        "Kế hoạch đào tạo, bồi dưỡng năm (bản mẫu cho dữ liệu thử)",
    ),
    "2.5": (
        True,
        "02 giảng viên chuyên trách dự lớp cập nhật kiến thức do Trường Chính trị "
        "tỉnh tổ chức; đoàn giảng viên đi thực tế tại thôn Nà Khà, xã Kim Bình.",
        "boi-duong-giang-vien.pdf",
        "Danh sách giảng viên được cử đi bồi dưỡng (bản mẫu cho dữ liệu thử)",
    ),
    "3.4": (
        True,
        "Chương trình các lớp có chuyên đề Lịch sử Đảng bộ xã Chiêm Hóa; các câu hỏi "
        "của cơ sở được giải đáp trong buổi đối thoại cuối khóa.",
        "chuong-trinh-chi-tiet.pdf",
        "Chương trình chi tiết có chuyên đề địa phương (bản mẫu cho dữ liệu thử)",
    ),
    "3.5": (
        True,
        "Sổ lên lớp, sổ điểm và sổ cấp giấy chứng nhận được lập trên nền tảng và in "
        "lưu theo từng lớp.",
        "so-quan-ly-dao-tao.pdf",
        "Sổ quản lý đào tạo (bản mẫu cho dữ liệu thử)",
    ),
    "4.1": (
        True,
        "Hội trường 120 chỗ ngồi (dùng chung với Đảng ủy xã) và 02 phòng học.",
        "kiem-ke-tai-san.pdf",
        "Biên bản kiểm kê tài sản (bản mẫu cho dữ liệu thử)",
    ),
    "4.2": (
        False,
        "Đã có máy chiếu, âm thanh và máy tính; mạng không dây cho học viên chưa "
        "phủ hội trường, đề nghị bổ sung trong dự toán năm sau.",
        "",
        "",
    ),
    "4.3": (
        True,
        "Kinh phí hoạt động được giao trong dự toán của Đảng ủy xã; quyết toán đúng "
        "quy định.",
        "du-toan-kinh-phi.pdf",
        "Quyết định giao dự toán (bản mẫu cho dữ liệu thử)",
    ),
    "5.3": (
        True,
        "Trung tâm được Ban Thường vụ Đảng ủy xã đánh giá hoàn thành tốt nhiệm vụ "
        "6 tháng đầu năm.",
        "danh-gia-cap-uy.pdf",
        "Văn bản đánh giá của cấp ủy (bản mẫu cho dữ liệu thử)",
    ),
}

# code -> (verdict, comment): what the province has reviewed so far
REVIEWS = {
    "1.1": ("agree", ""),
    "1.2": ("agree", ""),
    "1.3": ("agree", ""),
    "2.1": ("agree", ""),
    "4.1": (
        "needs_evidence",
        "Đề nghị bổ sung ảnh chụp hội trường, phòng học và bản sao quyết định giao "
        "quyền sử dụng hội trường dùng chung.",
    ),
}
