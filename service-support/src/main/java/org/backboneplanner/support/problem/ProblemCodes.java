package org.backboneplanner.support.problem;

/** The stable codes of problems that say no more than their HTTP status. */
public final class ProblemCodes {

    private ProblemCodes() {
    }

    public static String ofStatus(int status) {
        switch (status) {
            case 400: return "bad-request";
            case 401: return "unauthorized";
            case 403: return "forbidden";
            case 404: return "not-found";
            case 405: return "method-not-allowed";
            case 406: return "not-acceptable";
            case 409: return "conflict";
            case 412: return "stale-version";
            case 413: return "too-large";
            case 414: return "uri-too-long";
            case 415: return "unsupported-media-type";
            case 428: return "version-required";
            case 429: return "too-many-requests";
            case 431: return "headers-too-large";
            case 502: return "bad-gateway";
            case 503: return "unavailable";
            case 504: return "timeout";
            default: return status >= 500 ? "internal" : "bad-request";
        }
    }
}
