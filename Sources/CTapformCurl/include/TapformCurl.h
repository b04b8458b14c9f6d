// libcurl, loaded at run time, for tapform's HTTP transport on Linux (TaptalentAPI's CurlTransport).
//
// libcurl is the library URLSession runs on under Linux; tapform drives it itself so that it controls
// what libcurl may not do by itself: re-send a request whose body it already sent (see
// docs/decisions/http-transport.md). It is loaded with dlopen ("libcurl.so.4"), so that building tapform
// needs no libcurl development package and a system without a new enough libcurl falls back to URLSession.
//
// The numbers of options, infos and codes are libcurl's, stable across its versions since 7.x.
#ifndef TAPFORM_CURL_H
#define TAPFORM_CURL_H

#include <stddef.h>
#include <stdint.h>

/// Loads libcurl and every function used here, once (thread-safe). 1 when ready, 0 when not; then
/// `tf_curl_load_error` says why.
int tf_curl_load(void);
const char *tf_curl_load_error(void);

/// libcurl's description of a CURLcode.
const char *tf_curl_strerror(int code);

typedef struct tf_transfer tf_transfer;

/// One multi handle: the connection cache and the event loop's state. Not thread-safe (libcurl's rule):
/// only its loop thread touches it, except `tf_multi_wakeup`.
typedef struct tf_multi tf_multi;
tf_multi *tf_multi_new(long max_connections);
/// Moves every transfer as far as it can go without waiting. 0, or a CURLMcode.
int tf_multi_perform(tf_multi *multi);
/// Waits at most `timeout_ms` for a socket to be ready or for `tf_multi_wakeup`. 0, or a CURLMcode.
int tf_multi_poll(tf_multi *multi, int timeout_ms);
/// Wakes `tf_multi_poll_perform` from another thread.
void tf_multi_wakeup(tf_multi *multi);
int tf_multi_add(tf_multi *multi, tf_transfer *transfer);
void tf_multi_remove(tf_multi *multi, tf_transfer *transfer);
/// The next finished transfer and its CURLcode (1), or none (0).
int tf_multi_next_done(tf_multi *multi, tf_transfer **transfer, int *result);

/// One request and its answer: the easy handle, the request body (copied) and the answer's bytes.
/// `method` is sent as is; `body` may be NULL. `may_resend` 0 forbids libcurl to send the body a second
/// time (it then fails with CURLE_SEND_FAIL_REWIND instead), and lets the request reuse only a connection
/// idle for at most `max_idle_seconds`; a request without a body that may not be re-sent goes on a fresh
/// connection that is closed after it. `cainfo` NULL keeps libcurl's default.
tf_transfer *tf_transfer_new(const char *url, const char *method, const char *const *headers, size_t header_count,
                             const void *body, size_t body_length, int may_resend, long max_idle_seconds,
                             const char *cainfo);
/// Frees libcurl's handle of a transfer that is done or was removed (the answer read, its bytes kept):
/// the engine's thread does it, so that libcurl's handles are touched by that thread alone once added.
void tf_transfer_release_handle(tf_transfer *transfer);
/// Frees the transfer (and its handle, if still there).
void tf_transfer_free(tf_transfer *transfer);
/// The final answer's status code (0 when none).
long tf_transfer_status(tf_transfer *transfer);
/// The answer's body and the header lines of the final answer ("Name: value\r\n"…, status line first).
const uint8_t *tf_transfer_body(tf_transfer *transfer, size_t *length);
const char *tf_transfer_headers(tf_transfer *transfer, size_t *length);
/// libcurl's error text for a failed transfer ("" when none).
const char *tf_transfer_error(tf_transfer *transfer);
/// The CA bundle libcurl uses by default (NULL when it has none built in).
const char *tf_curl_default_cainfo(void);

#endif
