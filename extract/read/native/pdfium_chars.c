/* The per-character loop of the PDFium reading backend, in C.
 *
 * extract/read/backend_pdfium.py asks PDFium four or five things about every
 * character of a page; through ctypes each call costs about a microsecond,
 * which on a page of 3,000 characters is most of the reading time. This
 * helper makes the same calls in one go and fills arrays that Python reads
 * in bulk. It does nothing else: the arithmetic and every decision stay in
 * backend_pdfium.py, which also has the same loop in Python for when this file
 * is not compiled (ATGARD_WITHOUT_HELPER=1); a test checks that both give the same.
 *
 * PDFium's functions are passed in as pointers (from the library pypdfium2
 * loaded), so this file needs no PDFium headers and links against nothing.
 *
 * Compiled by the build backend on every install (setup.py). It is a plain shared
 * library, not a Python extension: backend_pdfium.py loads it with ctypes.
 */

#include <stddef.h>

typedef struct {
    float left, top, right, bottom;
} rect_f;

typedef unsigned int (*get_unicode_fn)(void *textpage, int index);
typedef int (*is_generated_fn)(void *textpage, int index);
typedef void *(*text_object_fn)(void *textpage, int index);
typedef int (*char_origin_fn)(void *textpage, int index, double *x, double *y);
typedef int (*loose_box_fn)(void *textpage, int index, rect_f *box);

/* For each character i of the text page: its code point in codes[i]; 1 in
 * generated[i] when PDFium made it up (a space or line break between words);
 * otherwise its text object in objects[i] and, in numbers[6i .. 6i+5], its
 * origin (x, y) and its loose box (left, top, right, bottom). */
int atgard_page_chars(void *textpage, int count, void **functions, unsigned int *codes, int *generated,
                      void **objects, double *numbers) {
    get_unicode_fn get_unicode = (get_unicode_fn)functions[0];
    is_generated_fn is_generated = (is_generated_fn)functions[1];
    text_object_fn text_object = (text_object_fn)functions[2];
    char_origin_fn char_origin = (char_origin_fn)functions[3];
    loose_box_fn loose_box = (loose_box_fn)functions[4];
    for (int i = 0; i < count; i++) {
        double *out = numbers + 6 * i;
        rect_f box = {0, 0, 0, 0};
        unsigned int code = get_unicode(textpage, i);
        codes[i] = code;
        /* as in read_pdfium.py: only spaces, line breaks and PDFium's hyphen marks can be made up */
        int candidate = code == ' ' || code == '\r' || code == '\n' || code == 0x02 || code == 0xFFFE;
        generated[i] = candidate && is_generated(textpage, i);
        objects[i] = 0;
        if (generated[i]) continue;
        objects[i] = text_object(textpage, i);
        char_origin(textpage, i, &out[0], &out[1]);
        loose_box(textpage, i, &box);
        out[2] = box.left;
        out[3] = box.top;
        out[4] = box.right;
        out[5] = box.bottom;
    }
    return count;
}

typedef struct {
    float a, b, c, d, e, f;
} matrix_f;

typedef int (*char_matrix_fn)(void *textpage, int index, matrix_f *matrix);
typedef double (*font_size_fn)(void *textpage, int index);
typedef void *(*object_font_fn)(void *text_object);

/* For each text object n of the page, asked of its first character firsts[n]: in numbers[5n .. 5n+4] the
 * character's matrix a, b, c, d (0 where PDFium gives none) and its Tf size, and the object's font in fonts[n]
 * (backend_pdfium.py, _object_facts_in_python, has the same loop). */
int atgard_object_facts(void *textpage, int count, const long long *firsts, void *const *objects, void **functions,
                        double *numbers, void **fonts) {
    char_matrix_fn char_matrix = (char_matrix_fn)functions[0];
    font_size_fn font_size = (font_size_fn)functions[1];
    object_font_fn object_font = (object_font_fn)functions[2];
    for (int n = 0; n < count; n++) {
        matrix_f matrix = {0, 0, 0, 0, 0, 0};
        int index = (int)firsts[n];
        double *out = numbers + 5 * n;
        char_matrix(textpage, index, &matrix);
        out[0] = matrix.a;
        out[1] = matrix.b;
        out[2] = matrix.c;
        out[3] = matrix.d;
        out[4] = font_size(textpage, index);
        fonts[n] = object_font(objects[n]);
    }
    return count;
}

/* The line (band) of each glyph, the glyphs sorted by their vertical centres
 * (extract/read/lines.py, _reading_order, which has the same loop with numpy
 * for when this file is not compiled; a test compares the two): a glyph joins
 * the band of the glyph that opened it while its centre is within half a font
 * size (the larger of the two) of that glyph's centre, and within half the
 * largest size and a point of it; the first that is not opens the next band.
 * NaN compares as numpy's arrays do (sorted last; a NaN size joins). Returns
 * the number of bands. */
ptrdiff_t atgard_bands(ptrdiff_t count, const double *centre, const double *size, double largest,
                       ptrdiff_t *band_of) {
    ptrdiff_t band = 0, start = 0;
    while (start < count) {
        double first = centre[start], first_size = size[start];
        double bound = first + 0.5 * largest + 1.0;
        int bounded = bound == bound;
        ptrdiff_t end = start + 1;
        for (; end < count; end++) {
            double other = size[end];
            if (bounded && !(centre[end] <= bound)) break;
            double larger = (other != other || first_size != first_size) ? other + first_size
                            : other > first_size                         ? other
                                                                         : first_size;
            if (centre[end] - first > 0.5 * larger) break;
        }
        for (ptrdiff_t i = start; i < end; i++) band_of[i] = band;
        start = end;
        band++;
    }
    return band;
}
