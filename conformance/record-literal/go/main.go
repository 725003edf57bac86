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
	targets := map[string]string{"fallback": "localhost", "requested": host}
	// plumb-ok: command-injection
	exec.Command("sh", "-c", "ping -c 1 "+targets["fallback"]).Run()
	// plumb-expect: command-injection
	exec.Command("sh", "-c", "ping -c 1 "+targets["requested"]).Run()

	algorithms := map[string]string{"legacy": "MD5", "current": "SHA-256"}
	// plumb-expect: weak-hash
	newHash(algorithms["legacy"]).Sum(nil)
	// plumb-ok: weak-hash
	newHash(algorithms["current"]).Sum(nil)
	w.Write([]byte("ok"))
}

func main() {
	http.HandleFunc("/ping", ping)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
