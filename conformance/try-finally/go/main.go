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

func check(value string) {
	if value == "" {
		panic("empty value")
	}
}

// Go has no finally block: a deferred function runs when the surrounding
// function returns (or panics), after its body, and can set named results.

func fixedTarget(host string) (target string) {
	target = host
	defer func() {
		target = "localhost"
	}()
	check(target)
	return target
}

func requestedTarget(host string) (target string) {
	target = "localhost"
	defer func() {
		target = host
	}()
	check(host)
	return target
}

func legacyAlgorithm() (name string) {
	name = "SHA-256"
	defer func() {
		name = "MD5"
	}()
	check(name)
	return name
}

func strongAlgorithm() (name string) {
	name = "MD5"
	defer func() {
		name = "SHA-256"
	}()
	check(name)
	return name
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
	fixed := fixedTarget(host)
	// plumb-ok: command-injection
	exec.Command("sh", "-c", "ping -c 1 "+fixed).Run()
	requested := requestedTarget(host)
	// plumb-expect: command-injection
	exec.Command("sh", "-c", "ping -c 1 "+requested).Run()

	legacy := legacyAlgorithm()
	// plumb-expect: weak-hash
	newHash(legacy).Sum(nil)
	strong := strongAlgorithm()
	// plumb-ok: weak-hash
	newHash(strong).Sum(nil)
	w.Write([]byte("ok"))
}

func main() {
	http.HandleFunc("/ping", ping)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
