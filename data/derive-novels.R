# Writes each Jane Austen novel of the R package janeaustenr (lazy-loaded data objects, one character element per
# printed line) to <out>/<object>.txt, one element per line, UTF-8. Used by data/derive-novels.sh.
#   Rscript --vanilla derive-novels.R <path/to/janeaustenr/data/Rdata> <out folder>
a <- commandArgs(TRUE)
e <- new.env()
lazyLoad(a[1], envir = e)
for (n in c("prideprejudice", "sensesensibility", "persuasion", "northangerabbey")) {
    con <- file(file.path(a[2], paste0(n, ".txt")), open = "w", encoding = "UTF-8")
    writeLines(enc2utf8(get(n, e)), con)
    close(con)
}
