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

type Job struct {
	Command   string
	Algorithm string
}

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
	fixed := &Job{}
	fixed.Command = "ping -c 1 localhost"
	requested := &Job{}
	requested.Command = "ping -c 1 " + host
	// plumb-ok: command-injection
	exec.Command("sh", "-c", fixed.Command).Run()
	// plumb-expect: command-injection
	exec.Command("sh", "-c", requested.Command).Run()

	legacy := &Job{}
	legacy.Algorithm = "MD5"
	strong := &Job{}
	strong.Algorithm = "SHA-256"
	// plumb-expect: weak-hash
	newHash(legacy.Algorithm).Sum(nil)
	// plumb-ok: weak-hash
	newHash(strong.Algorithm).Sum(nil)
	w.Write([]byte("ok"))
}

func main() {
	http.HandleFunc("/ping", ping)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
