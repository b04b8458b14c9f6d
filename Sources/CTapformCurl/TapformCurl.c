#include "TapformCurl.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// libcurl's types and numbers, as its headers declare them (curl.h, multi.h; stable since 7.x).
typedef void CURL;
typedef void CURLM;
struct curl_slist;
typedef struct {
    int msg;
    CURL *easy_handle;
    union {
        void *whatever;
        int result;
    } data;
} CURLMsg;
typedef int64_t curl_off_t;

enum {
    CURLOPT_WRITEDATA = 10001, CURLOPT_URL = 10002, CURLOPT_READDATA = 10009, CURLOPT_ERRORBUFFER = 10010,
    CURLOPT_WRITEFUNCTION = 20011, CURLOPT_READFUNCTION = 20012, CURLOPT_HTTPHEADER = 10023,
    CURLOPT_HEADERDATA = 10029, CURLOPT_CUSTOMREQUEST = 10036, CURLOPT_POST = 47, CURLOPT_FOLLOWLOCATION = 52,
    CURLOPT_CAINFO = 10065, CURLOPT_FRESH_CONNECT = 74, CURLOPT_FORBID_REUSE = 75, CURLOPT_HEADERFUNCTION = 20079,
    CURLOPT_HTTPGET = 80, CURLOPT_HTTP_VERSION = 84, CURLOPT_NOSIGNAL = 99, CURLOPT_ACCEPT_ENCODING = 10102,
    CURLOPT_PRIVATE = 10103, CURLOPT_POSTFIELDSIZE_LARGE = 30120, CURLOPT_SEEKFUNCTION = 20167,
    CURLOPT_SEEKDATA = 10168, CURLOPT_PROTOCOLS = 181, CURLOPT_REDIR_PROTOCOLS = 182, CURLOPT_MAXAGE_CONN = 288,
};

enum { CURLINFO_RESPONSE_CODE = 0x200002, CURLINFO_PRIVATE = 0x100015, CURLINFO_CAINFO = 0x10003D };
enum { CURLMOPT_MAXCONNECTS = 6 };
enum { CURLMSG_DONE = 1 };
enum { CURL_HTTP_VERSION_1_1 = 2, CURLPROTO_HTTP = 1, CURLPROTO_HTTPS = 2, CURL_GLOBAL_DEFAULT = 3 };
enum { CURL_SEEKFUNC_OK = 0, CURL_SEEKFUNC_FAIL = 1, CURL_SEEKFUNC_CANTSEEK = 2 };
enum { CURL_ERROR_SIZE = 256 };

static int (*curl_global_init_)(long);
static CURL *(*curl_easy_init_)(void);
static void (*curl_easy_cleanup_)(CURL *);
static int (*curl_easy_setopt_)(CURL *, int, ...);
static int (*curl_easy_getinfo_)(CURL *, int, ...);
static const char *(*curl_easy_strerror_)(int);
static CURLM *(*curl_multi_init_)(void);
static int (*curl_multi_setopt_)(CURLM *, int, ...);
static int (*curl_multi_add_handle_)(CURLM *, CURL *);
static int (*curl_multi_remove_handle_)(CURLM *, CURL *);
static int (*curl_multi_perform_)(CURLM *, int *);
static int (*curl_multi_poll_)(CURLM *, void *, unsigned int, int, int *);
static int (*curl_multi_wakeup_)(CURLM *);
static CURLMsg *(*curl_multi_info_read_)(CURLM *, int *);
static struct curl_slist *(*curl_slist_append_)(struct curl_slist *, const char *);
static void (*curl_slist_free_all_)(struct curl_slist *);

static pthread_once_t load_once = PTHREAD_ONCE_INIT;
static int loaded = 0;
static char load_error[512] = "";
static char default_cainfo[4096] = "";
static int has_default_cainfo = 0;

#define LOAD(name)                                                                                          \
    do {                                                                                                    \
        *(void **)(&name##_) = dlsym(library, #name);                                                       \
        if (name##_ == NULL) {                                                                              \
            snprintf(load_error, sizeof load_error, "libcurl.so.4 has no %s (libcurl 7.68 or later is needed)", \
                     #name);                                                                                \
            return;                                                                                         \
        }                                                                                                   \
    } while (0)

static void load(void) {
    void *library = dlopen("libcurl.so.4", RTLD_NOW | RTLD_GLOBAL);
    if (library == NULL) {
        const char *reason = dlerror();
        snprintf(load_error, sizeof load_error, "cannot load libcurl.so.4: %s", reason ? reason : "unknown reason");
        return;
    }
    LOAD(curl_global_init);
    LOAD(curl_easy_init);
    LOAD(curl_easy_cleanup);
    LOAD(curl_easy_setopt);
    LOAD(curl_easy_getinfo);
    LOAD(curl_easy_strerror);
    LOAD(curl_multi_init);
    LOAD(curl_multi_setopt);
    LOAD(curl_multi_add_handle);
    LOAD(curl_multi_remove_handle);
    LOAD(curl_multi_perform);
    LOAD(curl_multi_poll);
    LOAD(curl_multi_wakeup);
    LOAD(curl_multi_info_read);
    LOAD(curl_slist_append);
    LOAD(curl_slist_free_all);
    int code = curl_global_init_(CURL_GLOBAL_DEFAULT);
    if (code != 0) {
        snprintf(load_error, sizeof load_error, "curl_global_init failed (%d)", code);
        return;
    }
    CURL *probe = curl_easy_init_();
    if (probe != NULL) {
        char *path = NULL;
        if (curl_easy_getinfo_(probe, CURLINFO_CAINFO, &path) == 0 && path != NULL && strlen(path) < sizeof default_cainfo) {
            strcpy(default_cainfo, path);
            has_default_cainfo = 1;
        }
        curl_easy_cleanup_(probe);
    }
    loaded = 1;
}

int tf_curl_load(void) {
    pthread_once(&load_once, load);
    return loaded;
}

const char *tf_curl_load_error(void) { return load_error; }

const char *tf_curl_strerror(int code) { return loaded ? curl_easy_strerror_(code) : "libcurl not loaded"; }

const char *tf_curl_default_cainfo(void) { return has_default_cainfo ? default_cainfo : NULL; }

// MARK: - The multi handle

struct tf_multi {
    CURLM *handle;
};

tf_multi *tf_multi_new(long max_connections) {
    if (!tf_curl_load()) return NULL;
    tf_multi *multi = calloc(1, sizeof *multi);
    if (multi == NULL) return NULL;
    multi->handle = curl_multi_init_();
    if (multi->handle == NULL) {
        free(multi);
        return NULL;
    }
    curl_multi_setopt_(multi->handle, CURLMOPT_MAXCONNECTS, max_connections);
    return multi;
}

int tf_multi_perform(tf_multi *multi) {
    int running = 0;
    return curl_multi_perform_(multi->handle, &running);
}

int tf_multi_poll(tf_multi *multi, int timeout_ms) { return curl_multi_poll_(multi->handle, NULL, 0, timeout_ms, NULL); }

void tf_multi_wakeup(tf_multi *multi) { curl_multi_wakeup_(multi->handle); }

// MARK: - One transfer

struct tf_transfer {
    CURL *easy;
    struct curl_slist *headers;
    char *url;
    char *method;
    char *cainfo;
    uint8_t *body;
    size_t body_length;
    size_t body_position;
    int may_resend;
    uint8_t *answer;
    size_t answer_length;
    size_t answer_capacity;
    char *header_text;
    size_t header_length;
    size_t header_capacity;
    int out_of_memory;
    char error[CURL_ERROR_SIZE];
};

int tf_multi_add(tf_multi *multi, tf_transfer *transfer) { return curl_multi_add_handle_(multi->handle, transfer->easy); }

void tf_multi_remove(tf_multi *multi, tf_transfer *transfer) { curl_multi_remove_handle_(multi->handle, transfer->easy); }

int tf_multi_next_done(tf_multi *multi, tf_transfer **transfer, int *result) {
    int queued = 0;
    CURLMsg *message;
    while ((message = curl_multi_info_read_(multi->handle, &queued)) != NULL) {
        if (message->msg != CURLMSG_DONE) continue;
        char *owner = NULL;
        curl_easy_getinfo_(message->easy_handle, CURLINFO_PRIVATE, &owner);
        *transfer = (tf_transfer *)owner;
        *result = message->data.result;
        return 1;
    }
    return 0;
}

static int append(uint8_t **buffer, size_t *length, size_t *capacity, const void *bytes, size_t count) {
    if (*length + count + 1 > *capacity) {
        size_t wanted = *capacity < 1024 ? 1024 : *capacity;
        while (wanted < *length + count + 1) wanted *= 2;
        uint8_t *grown = realloc(*buffer, wanted);
        if (grown == NULL) return 0;
        *buffer = grown;
        *capacity = wanted;
    }
    memcpy(*buffer + *length, bytes, count);
    *length += count;
    (*buffer)[*length] = 0;
    return 1;
}

static size_t on_answer(char *bytes, size_t size, size_t count, void *context) {
    tf_transfer *transfer = context;
    size_t total = size * count;
    if (!append(&transfer->answer, &transfer->answer_length, &transfer->answer_capacity, bytes, total)) {
        transfer->out_of_memory = 1;
        return 0;
    }
    return total;
}

static size_t on_header(char *bytes, size_t size, size_t count, void *context) {
    tf_transfer *transfer = context;
    size_t total = size * count;
    // A new status line starts a new answer (after a 100 Continue, say): keep only the final one's headers.
    if (total >= 5 && memcmp(bytes, "HTTP/", 5) == 0) transfer->header_length = 0;
    if (!append((uint8_t **)&transfer->header_text, &transfer->header_length, &transfer->header_capacity, bytes, total)) {
        transfer->out_of_memory = 1;
        return 0;
    }
    return total;
}

static size_t on_read(char *buffer, size_t size, size_t count, void *context) {
    tf_transfer *transfer = context;
    size_t left = transfer->body_length - transfer->body_position;
    size_t now = size * count < left ? size * count : left;
    if (now > 0) memcpy(buffer, transfer->body + transfer->body_position, now);
    transfer->body_position += now;
    return now;
}

// libcurl asks to rewind the body only to send it again: after a kept-alive connection closed with no
// answer (the server may have applied the request), or for an authentication round. A request that may
// not be re-sent refuses, and libcurl then fails it with CURLE_SEND_FAIL_REWIND instead of sending it again.
static int on_seek(void *context, curl_off_t offset, int origin) {
    tf_transfer *transfer = context;
    if (!transfer->may_resend) return CURL_SEEKFUNC_FAIL;
    if (origin != SEEK_SET || offset < 0 || (size_t)offset > transfer->body_length) return CURL_SEEKFUNC_CANTSEEK;
    transfer->body_position = (size_t)offset;
    return CURL_SEEKFUNC_OK;
}

static char *copy(const char *text) { return text == NULL ? NULL : strdup(text); }

tf_transfer *tf_transfer_new(const char *url, const char *method, const char *const *headers, size_t header_count,
                             const void *body, size_t body_length, int may_resend, long max_idle_seconds,
                             const char *cainfo) {
    if (!tf_curl_load()) return NULL;
    tf_transfer *transfer = calloc(1, sizeof *transfer);
    if (transfer == NULL) return NULL;
    transfer->easy = curl_easy_init_();
    transfer->url = copy(url);
    transfer->method = copy(method);
    transfer->cainfo = copy(cainfo);
    transfer->may_resend = may_resend;
    if (body != NULL && body_length > 0) {
        transfer->body = malloc(body_length);
        if (transfer->body != NULL) memcpy(transfer->body, body, body_length);
        transfer->body_length = body_length;
    }
    if (transfer->easy == NULL || transfer->url == NULL || transfer->method == NULL
        || (cainfo != NULL && transfer->cainfo == NULL) || (body_length > 0 && body != NULL && transfer->body == NULL)) {
        tf_transfer_free(transfer);
        return NULL;
    }
    for (size_t index = 0; index < header_count; index++) {
        struct curl_slist *grown = curl_slist_append_(transfer->headers, headers[index]);
        if (grown == NULL) {
            tf_transfer_free(transfer);
            return NULL;
        }
        transfer->headers = grown;
    }
    CURL *easy = transfer->easy;
    curl_easy_setopt_(easy, CURLOPT_URL, transfer->url);
    curl_easy_setopt_(easy, CURLOPT_PRIVATE, (void *)transfer);
    curl_easy_setopt_(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt_(easy, CURLOPT_ERRORBUFFER, transfer->error);
    curl_easy_setopt_(easy, CURLOPT_HTTP_VERSION, (long)CURL_HTTP_VERSION_1_1);
    curl_easy_setopt_(easy, CURLOPT_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
    curl_easy_setopt_(easy, CURLOPT_REDIR_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
    curl_easy_setopt_(easy, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt_(easy, CURLOPT_ACCEPT_ENCODING, "");
    if (transfer->cainfo != NULL) curl_easy_setopt_(easy, CURLOPT_CAINFO, transfer->cainfo);
    curl_easy_setopt_(easy, CURLOPT_WRITEFUNCTION, on_answer);
    curl_easy_setopt_(easy, CURLOPT_WRITEDATA, (void *)transfer);
    curl_easy_setopt_(easy, CURLOPT_HEADERFUNCTION, on_header);
    curl_easy_setopt_(easy, CURLOPT_HEADERDATA, (void *)transfer);
    if (strcmp(method, "GET") == 0) {
        curl_easy_setopt_(easy, CURLOPT_HTTPGET, 1L);
    } else {
        curl_easy_setopt_(easy, CURLOPT_CUSTOMREQUEST, transfer->method);
        if (transfer->body != NULL || strcmp(method, "POST") == 0) {
            // The body is read from memory through the callbacks (never CURLOPT_POSTFIELDS, which libcurl
            // can always rewind by itself), so that `on_seek` decides whether it may be sent twice.
            curl_easy_setopt_(easy, CURLOPT_POST, 1L);
            curl_easy_setopt_(easy, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)transfer->body_length);
            curl_easy_setopt_(easy, CURLOPT_READFUNCTION, on_read);
            curl_easy_setopt_(easy, CURLOPT_READDATA, (void *)transfer);
            curl_easy_setopt_(easy, CURLOPT_SEEKFUNCTION, on_seek);
            curl_easy_setopt_(easy, CURLOPT_SEEKDATA, (void *)transfer);
            // No "Expect: 100-continue" round trip before the body.
            struct curl_slist *grown = curl_slist_append_(transfer->headers, "Expect:");
            if (grown != NULL) transfer->headers = grown;
        }
        // Without a body there is nothing to refuse to rewind: libcurl would send the request's head again
        // on a new connection. So a request that may not be re-sent and has no body never reuses a
        // connection, and its own is closed after it.
        if (!may_resend && transfer->body_length == 0) {
            curl_easy_setopt_(easy, CURLOPT_FRESH_CONNECT, 1L);
            curl_easy_setopt_(easy, CURLOPT_FORBID_REUSE, 1L);
        } else if (!may_resend) {
            curl_easy_setopt_(easy, CURLOPT_MAXAGE_CONN, max_idle_seconds);
        }
    }
    curl_easy_setopt_(easy, CURLOPT_HTTPHEADER, transfer->headers);
    return transfer;
}

void tf_transfer_release_handle(tf_transfer *transfer) {
    if (transfer->easy != NULL) curl_easy_cleanup_(transfer->easy);
    transfer->easy = NULL;
}

void tf_transfer_free(tf_transfer *transfer) {
    if (transfer == NULL) return;
    tf_transfer_release_handle(transfer);
    if (transfer->headers != NULL) curl_slist_free_all_(transfer->headers);
    free(transfer->url);
    free(transfer->method);
    free(transfer->cainfo);
    free(transfer->body);
    free(transfer->answer);
    free(transfer->header_text);
    free(transfer);
}

long tf_transfer_status(tf_transfer *transfer) {
    long status = 0;
    if (transfer->easy != NULL) curl_easy_getinfo_(transfer->easy, CURLINFO_RESPONSE_CODE, &status);
    return status;
}

const uint8_t *tf_transfer_body(tf_transfer *transfer, size_t *length) {
    *length = transfer->answer_length;
    return transfer->answer;
}

const char *tf_transfer_headers(tf_transfer *transfer, size_t *length) {
    *length = transfer->header_length;
    return transfer->header_text;
}

const char *tf_transfer_error(tf_transfer *transfer) {
    if (transfer->out_of_memory) return "out of memory while reading the answer";
    return transfer->error;
}
