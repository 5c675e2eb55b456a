package speechsearch.web;

/** An error answer: HTTP status, a stable code and a message for people, in English and Chinese. */
final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  final int status;
  final String code;
  final String chinese;

  /** An error whose message has no Chinese version: the page shows its code's own words. */
  ApiError(int status, String code, String message) {
    this(status, code, message, null);
  }

  ApiError(int status, String code, String message, String chinese) {
    super(message);
    this.status = status;
    this.code = code;
    this.chinese = chinese;
  }

  static ApiError badRequest(String message, String chinese) {
    return new ApiError(400, "bad_request", message, chinese);
  }

  static ApiError notFound(String message) {
    return notFound(message, null);
  }

  static ApiError notFound(String message, String chinese) {
    return new ApiError(404, "not_found", message, chinese);
  }
}
