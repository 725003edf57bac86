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

func apply(value string, transform func(string) string) string {
	return transform(value)
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
	// plumb-ok: command-injection
	exec.Command("sh", "-c", apply("localhost", func(h string) string { return "ping -c 1 " + h })).Run()
	// plumb-expect: command-injection
	exec.Command("sh", "-c", apply(host, func(h string) string { return "ping -c 1 " + h })).Run()

	// plumb-expect: weak-hash
	newHash(apply("MD", func(family string) string { return family + "5" })).Sum(nil)
	// plumb-ok: weak-hash
	newHash(apply("SHA-", func(family string) string { return family + "256" })).Sum(nil)
	w.Write([]byte("ok"))
}

func main() {
	http.HandleFunc("/ping", ping)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
