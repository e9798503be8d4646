/**
 * Vietnamese UI texts (the default language). Keys are flat and dotted; placeholders are {name}.
 * `en.ts` must define exactly the same keys: its type is derived from this object.
 */
export const vi = {
  'app.title': 'Cổng Dịch vụ công tỉnh Khánh Hòa',
  'app.owner': 'Ủy ban nhân dân tỉnh Khánh Hòa',

  'layout.skipToContent': 'Bỏ qua, đến nội dung chính',
  'layout.nav.label': 'Điều hướng chính',
  'layout.nav.home': 'Trang chủ',
  'layout.nav.procedures': 'Thủ tục hành chính',
  'layout.language.switch': 'English',
  'layout.footer.owner': 'Cơ quan chủ quản: Ủy ban nhân dân tỉnh Khánh Hòa',
  'layout.footer.software': 'Xây dựng trên phần mềm mã nguồn mở OneStop',

  'home.title': 'Tra cứu thủ tục hành chính',
  'home.lead':
    'Thông tin về thành phần hồ sơ, thời hạn giải quyết, phí và lệ phí của các thủ tục hành chính do các cơ quan trên địa bàn tỉnh thực hiện.',
  'home.fields.title': 'Tra cứu theo lĩnh vực',
  'home.fields.empty': 'Chưa có lĩnh vực nào.',
  'home.fields.all': 'Xem tất cả thủ tục',

  'search.label': 'Tìm kiếm thủ tục hành chính',
  'search.placeholder': 'Ví dụ: giấy phép xây dựng',
  'search.submit': 'Tìm kiếm',

  'procedures.title': 'Thủ tục hành chính',
  'procedures.searchTitle': 'Kết quả tìm kiếm cho “{q}”',

  'filters.title': 'Bộ lọc',
  'filters.field': 'Lĩnh vực',
  'filters.field.all': 'Tất cả lĩnh vực',
  'filters.agency': 'Cơ quan thực hiện',
  'filters.agency.all': 'Tất cả cơ quan',
  'filters.level': 'Cấp thực hiện',
  'filters.level.all': 'Tất cả các cấp',
  'filters.onlineLevel': 'Mức độ dịch vụ công trực tuyến',
  'filters.onlineLevel.all': 'Tất cả mức độ',
  'filters.clear': 'Xóa bộ lọc',

  'results.total': 'Tìm thấy {total} thủ tục',
  'results.total.one': 'Tìm thấy {total} thủ tục',
  'results.loading': 'Đang tải danh sách thủ tục…',
  'results.label': 'Danh sách thủ tục',
  'results.empty.title': 'Không tìm thấy thủ tục phù hợp',
  'results.empty.hint': 'Hãy thử từ khóa khác hoặc bỏ bớt bộ lọc.',
  'results.onlineLevel': 'Mức độ dịch vụ công trực tuyến:',
  'results.minValue': 'từ {value}',

  'pagination.label': 'Phân trang',
  'pagination.previous': 'Trang trước',
  'pagination.next': 'Trang sau',
  'pagination.status': 'Trang {page} / {total}',

  'procedure.code': 'Mã thủ tục',
  'procedure.field': 'Lĩnh vực',
  'procedure.levels': 'Cấp thực hiện',
  'procedure.agencies': 'Cơ quan thực hiện',
  'procedure.onlineLevel': 'Mức độ dịch vụ công trực tuyến',
  'procedure.processingTime': 'Thời hạn giải quyết',
  'procedure.fee': 'Phí, lệ phí',
  'procedure.result': 'Kết quả thực hiện',
  'procedure.legalBasis': 'Căn cứ pháp lý',
  'procedure.version': 'Phiên bản',
  'procedure.versionValue': 'Phiên bản {number}',
  'procedure.publishedAt': 'Ngày công bố',
  'procedure.notLatest': 'Đây không phải là phiên bản hiện hành của thủ tục này.',
  'procedure.overview': 'Thông tin chung',
  'procedure.cases': 'Trường hợp thực hiện',
  'procedure.cases.empty': 'Thủ tục chưa có trường hợp thực hiện.',
  'procedure.cases.nav': 'Các trường hợp thực hiện',
  'procedure.loading': 'Đang tải thông tin thủ tục…',
  'procedure.notFound.title': 'Không tìm thấy thủ tục',
  'procedure.notFound.hint': 'Thủ tục có thể đã được bãi bỏ hoặc đường dẫn không đúng.',
  'procedure.backToList': 'Quay lại danh sách thủ tục',

  'case.processingTime': 'Thời hạn giải quyết',
  'case.fees': 'Phí, lệ phí',
  'case.fees.amount': 'Mức thu',
  'case.fees.description': 'Nội dung',
  'case.fees.none': 'Không thu phí, lệ phí.',
  'case.documents': 'Thành phần hồ sơ',
  'case.documents.index': 'STT',
  'case.documents.name': 'Tên giấy tờ',
  'case.documents.form': 'Loại',
  'case.documents.count': 'Số lượng',
  'case.documents.template': 'Mẫu đơn, tờ khai',
  'case.documents.none': 'Không yêu cầu thành phần hồ sơ.',

  'breadcrumb.label': 'Vị trí trang',

  'common.free': 'Miễn phí',
  'common.notSpecified': 'Chưa quy định',
  'common.loading': 'Đang tải…',

  'error.title': 'Đã xảy ra lỗi',
  'error.loadFailed': 'Không tải được dữ liệu. Vui lòng thử lại.',
  'error.retry': 'Thử lại',
  'error.unexpected': 'Đã xảy ra lỗi không mong muốn. Vui lòng tải lại trang.',
  'error.reload': 'Tải lại trang',

  'notFound.title': 'Không tìm thấy trang',
  'notFound.hint': 'Trang bạn tìm không tồn tại hoặc đã được chuyển đi.',
  'notFound.backHome': 'Về trang chủ',

  'onlineLevel.FullOnline': 'Toàn trình',
  'onlineLevel.PartialOnline': 'Một phần',
  'onlineLevel.None': 'Không',

  'agencyLevel.Province': 'Cấp tỉnh',
  'agencyLevel.Department': 'Cấp sở, ngành',
  'agencyLevel.Commune': 'Cấp xã',
  'agencyLevel.Unit': 'Cấp đơn vị',

  'documentForm.Original': 'Bản chính',
  'documentForm.Copy': 'Bản sao',
  'documentForm.OriginalOrCopy': 'Bản chính hoặc bản sao',

  'timeUnit.WorkingDays': 'ngày làm việc',
  'timeUnit.WorkingDays.one': 'ngày làm việc',
  'timeUnit.WorkingHours': 'giờ làm việc',
  'timeUnit.WorkingHours.one': 'giờ làm việc',

  'procedureStatus.Draft': 'Bản nháp',
  'procedureStatus.Published': 'Đang áp dụng',
  'procedureStatus.Unpublished': 'Ngừng công bố',
  'procedureStatus.Superseded': 'Đã được thay thế',
} as const satisfies Record<string, string>;

export type TranslationKey = keyof typeof vi;
export type Dictionary = Record<TranslationKey, string>;
