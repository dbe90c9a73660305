/*
** capcheck.c: compares the capital coordinates of data/countries.tsv with
** Debian's libgeonames. Reads "iso2<TAB>iso3<TAB>capital<TAB>lat<TAB>lon"
** lines on stdin (tools/capcheck.sh makes them) and prints one line per
** capital that geonames places more than 0.5 degrees (or argv[1]) away, or
** cannot find.
** A maintenance tool, not part of the library or the build.
*/
#include <geonames.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  double limit = argc > 1 ? atof(argv[1]) : 0.5; /* degrees */
  char line[1024];
  int far = 0, missing = 0, checked = 0;
  while (fgets(line, sizeof line, stdin)) {
    char *f[5];
    int n = 0;
    char *p = line, *tab;
    line[strcspn(line, "\n")] = '\0';
    while (n < 5 && p) {
      f[n++] = p;
      tab = strchr(p, '\t');
      if (tab) *tab++ = '\0';
      p = tab;
    }
    if (n < 5 || !*f[2] || !*f[3]) continue;
    double lat = atof(f[3]), lon = atof(f[4]);
    guint len = 0;
    GError *err = NULL;
    gint *idx = geonames_query_cities_sync(f[2], GEONAMES_QUERY_DEFAULT, &len,
                                           NULL, &err);
    if (err) {
      fprintf(stderr, "capcheck: %s\n", err->message);
      g_error_free(err);
      return 1;
    }
    int found = 0;
    double best = 1e9, blat = 0, blon = 0;
    for (guint i = 0; i < len; i++) {
      GeonamesCity *c = geonames_get_city(idx[i]);
      const char *cc = geonames_city_get_country_code(c);
      if (cc && strcmp(cc, f[0]) == 0) {
        double la = geonames_city_get_latitude(c);
        double lo = geonames_city_get_longitude(c);
        double d = hypot(la - lat, lo - lon);
        if (d < best) { best = d; blat = la; blon = lo; }
        found = 1;
      }
      geonames_city_free(c);
    }
    g_free(idx);
    checked++;
    if (!found) {
      printf("%s\t%s\tnot in geonames\n", f[1], f[2]);
      missing++;
    } else if (best > limit) {
      printf("%s\t%s\tours %.2f %.2f, geonames %.2f %.2f\n", f[1], f[2], lat,
             lon, blat, blon);
      far++;
    }
  }
  fprintf(stderr, "capcheck: %d capitals, %d far, %d not found\n", checked,
          far, missing);
  return far ? 2 : 0;
}
