package main

import (
	"crypto/md5"
	"crypto/sha256"
	"crypto/sha512"
	"hash"
	"log"
	"net/http"
	"os/exec"
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
	fixed := "ping"
	for _, part := range []string{"-c", "1", "localhost"} {
		fixed = fixed + " " + part
	}
	// plumb-ok: command-injection
	exec.Command("sh", "-c", fixed).Run()
	requested := "ping"
	for _, part := range []string{"-c", "1", host} {
		requested = requested + " " + part
	}
	// plumb-expect: command-injection
	exec.Command("sh", "-c", requested).Run()

	legacy := ""
	for _, part := range []string{"MD", "5"} {
		legacy = legacy + part
	}
	// plumb-expect: weak-hash
	newHash(legacy).Sum(nil)
	strong := ""
	for _, part := range []string{"SHA-", "256"} {
		strong = strong + part
	}
	// plumb-ok: weak-hash
	newHash(strong).Sum(nil)
	w.Write([]byte("ok"))
}

func main() {
	http.HandleFunc("/ping", ping)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
