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
	targets := [2]string{"localhost", host}
	// plumb-ok: command-injection
	exec.Command("sh", "-c", "ping -c 1 "+targets[0]).Run()
	// plumb-expect: command-injection
	exec.Command("sh", "-c", "ping -c 1 "+targets[1]).Run()

	names := [2]string{"MD5", "SHA-256"}
	// plumb-expect: weak-hash
	newHash(names[0]).Sum(nil)
	// plumb-ok: weak-hash
	newHash(names[1]).Sum(nil)
	w.Write([]byte("ok"))
}

func main() {
	http.HandleFunc("/ping", ping)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
