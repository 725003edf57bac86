package main

import (
	"crypto/md5"
	"crypto/sha256"
	"crypto/sha512"
	"hash"
	"log"
	"net/http"
	"os/exec"
	"strconv"
	"strings"
)

// newHash returns the hash registered under a JCA-style algorithm name, the
// way the service's configuration spells them.
func newHash(algorithm string) hash.Hash {
	switch algorithm {
	case "MD5":
		return md5.New()
	case "SHA-256":
		return sha256.New()
	case "SHA-512":
		return sha512.New()
	}
	panic("unsupported hash algorithm: " + algorithm)
}

func ping(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	var command strings.Builder
	command.WriteString("ping")
	command.WriteString(" -c 1 ")
	command.WriteString(host)
	// plumb-expect: command-injection
	exec.Command("sh", "-c", command.String()).Run()
	var fixed strings.Builder
	fixed.WriteString("ping")
	fixed.WriteString(" -c 1 localhost")
	// plumb-ok: command-injection
	exec.Command("sh", "-c", fixed.String()).Run()

	var legacy strings.Builder
	legacy.WriteString("MD")
	legacy.WriteString(strconv.Itoa(5))
	// plumb-expect: weak-hash
	newHash(legacy.String()).Sum(nil)
	var strong strings.Builder
	strong.WriteString("SHA")
	strong.WriteString("-")
	strong.WriteString(strconv.Itoa(256))
	// plumb-ok: weak-hash
	newHash(strong.String()).Sum(nil)
	w.Write([]byte("ok"))
}

func main() {
	http.HandleFunc("/ping", ping)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
