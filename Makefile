# dyad: thin Makefile. `make` builds build/dyad and build/libdyad.a;
# `make test` runs the suite; `make asan` runs it under ASan+UBSan;
# `make fuzz` builds the libFuzzer harnesses; `make bench` prints figures.

CC ?= cc
BUILD ?= build
PKGS = gumbo jansson libutf8proc sqlite3 zlib
# libgeonames (with GLib, GIO, GObject) is not linked: place.c opens it with
# dlopen when a gazetteer is first built from it; only its headers are used.
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) geonames 2>/dev/null)
PKG_LIBS := $(shell pkg-config --libs $(PKGS) 2>/dev/null || echo -lgumbo -ljansson -lutf8proc -lsqlite3 -lz)
DATADIR ?= $(abspath data)
# GCC expands strcmp / strncmp / memcmp against a string literal of up to
# this many bytes inline (its default is 3: the coder's tests of codes and
# pattern texts, "arrive", "The ", are longer); clang has no such parameter.
STRCMP_INLINE := $(if $(findstring clang,$(shell $(CC) --version 2>/dev/null | head -1)),,--param=builtin-string-cmp-inline-length=8)
OPT ?= -O2 -g $(STRCMP_INLINE)
WARN = -Wall -Wextra -pedantic -Wshadow -Wstrict-prototypes \
       -Wmissing-prototypes -Wpointer-arith -Wformat=2 -Wundef -Wvla
CFLAGS_ALL = -std=c11 $(OPT) $(WARN) -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
             -DDYAD_DATADIR='"$(DATADIR)"' -Isrc $(PKG_CFLAGS) $(CFLAGS) $(EXTRA_CFLAGS)
LDLIBS_ALL = $(PKG_LIBS) -lm -lpthread $(LDFLAGS) $(EXTRA_LDFLAGS)

LIB_SRC := $(sort $(wildcard src/*.c))
CLI_SRC := $(sort $(wildcard cli/*.c))
UNIT_SRC := $(sort $(wildcard tests/unit/*.c))
FUZZ_SRC := $(sort $(wildcard fuzz/fuzz_*.c))
LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/%.o)
CLI_OBJ := $(CLI_SRC:%.c=$(BUILD)/%.o)
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
REPLAY_BIN := $(FUZZ_SRC:fuzz/fuzz_%.c=$(BUILD)/fuzz/replay_%)

.PHONY: all test asan tsan fuzz bench accuracy agreement clean lint conformance setup install

all: $(BUILD)/dyad $(BUILD)/libdyad.a $(UNIT_BIN) $(REPLAY_BIN)

$(BUILD)/%.o: %.c $(wildcard src/*.h cli/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -c $< -o $@

$(BUILD)/libdyad.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/dyad: $(CLI_OBJ) $(BUILD)/libdyad.a
	$(CC) $(CFLAGS_ALL) -o $@ $(CLI_OBJ) $(BUILD)/libdyad.a $(LDLIBS_ALL)

$(BUILD)/tests/%: tests/unit/%.c $(BUILD)/libdyad.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -Wno-missing-prototypes -o $@ $< $(BUILD)/libdyad.a $(LDLIBS_ALL) -lcmocka

# Fuzz corpora are replayed by a plain driver (fuzz/replay.c) in every build.
$(BUILD)/fuzz/replay_%: fuzz/fuzz_%.c fuzz/replay.c fuzz/check_doc.h $(BUILD)/libdyad.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -Wno-missing-prototypes -o $@ $< fuzz/replay.c $(BUILD)/libdyad.a $(LDLIBS_ALL)

test: all
	BUILD=$(BUILD) tests/run.sh

ASAN_BUILD ?= build-asan
asan:
	$(MAKE) BUILD=$(ASAN_BUILD) CC=gcc OPT="-O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all" \
	  EXTRA_LDFLAGS="-fsanitize=address,undefined" test

# ThreadSanitizer over the -j N paths (dyad code's worker pool): the code tests
# (ours; a literal TABARI set; with ../shared every dictionary mode, --literal
# included, on the AG corpus at -j 1, 2, 3).
TSAN_BUILD ?= build-tsan
tsan:
	$(MAKE) BUILD=$(TSAN_BUILD) CC=gcc OPT="-O1 -g -fsanitize=thread" EXTRA_LDFLAGS="-fsanitize=thread" $(TSAN_BUILD)/dyad
	DYAD=$$PWD/$(TSAN_BUILD)/dyad TSAN_OPTIONS=halt_on_error=1 bash tests/sh/code.sh | tee $(TSAN_BUILD)/code.tap
	! grep -q "^not ok" $(TSAN_BUILD)/code.tap

FUZZ_CC ?= clang
fuzz:
	$(MAKE) BUILD=build-fuzz CC=$(FUZZ_CC) OPT="-O1 -g -fsanitize=fuzzer-no-link,address,undefined" \
	  EXTRA_LDFLAGS="-fsanitize=address,undefined" build-fuzz/libdyad.a
	@mkdir -p build-fuzz/fuzzers
	@for f in $(FUZZ_SRC); do n=$$(basename $$f .c); \
	  echo "$(FUZZ_CC) $$f -> build-fuzz/fuzzers/$$n"; \
	  $(FUZZ_CC) -std=c11 -O1 -g -Isrc -fsanitize=fuzzer,address,undefined $$f build-fuzz/libdyad.a \
	    -o build-fuzz/fuzzers/$$n $(LDLIBS_ALL) || exit 1; done
	@echo "run: build-fuzz/fuzzers/fuzz_X fuzz/corpus/X -max_total_time=60"

bench: all
	bench/run.sh

accuracy: all
	BUILD=$(BUILD) bench/accuracy.sh

agreement: all
	BUILD=$(BUILD) bench/agreement.sh

conformance: all
	tests/sh/conformance.sh

lint:
	cppcheck --quiet --enable=warning,performance,portability --std=c11 -Isrc src cli

setup:
	scripts/setup.sh

clean:
	rm -rf build build-asan build-fuzz
